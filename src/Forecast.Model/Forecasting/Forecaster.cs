using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>From the catalog and the observations to every target's forecast: plan each pair, simulate, then say why.</summary>
public static class Forecaster
{
    public static ForecastRun Run(
        ForecastCatalog catalog,
        IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations,
        ForecastPriors priors,
        ForecastSettings settings,
        SimulationOptions simulation,
        IEnumerable<PairId>? pairs = null) =>
        Prepare(catalog, observations, priors, settings).Run(simulation, pairs);

    /// <summary>Plans the run once, for callers that forecast its pairs in several parts (a jurisdiction each).</summary>
    public static PreparedForecast Prepare(
        ForecastCatalog catalog,
        IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations,
        ForecastPriors priors,
        ForecastSettings settings) =>
        new(catalog, observations, priors, settings);

    /// <summary>The figure a pair is judged on: its latest target, else its latest commitment; null where it has neither.</summary>
    public static Figure? GoalOf(ForecastCatalog catalog, PairId pair) => PlanningContext.GoalOf(catalog, pair);
}
