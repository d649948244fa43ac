using Forecast.Catalog;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Forecasting;

/// <summary>The model itself: <see cref="Forecaster.Run"/> over the pairs asked for.</summary>
public sealed class ModelPairForecaster : IPairForecaster
{
    public ForecastRun Run(
        ForecastCatalog catalog,
        IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations,
        ForecastPriors priors,
        ForecastSettings settings,
        SimulationOptions simulation,
        IReadOnlyList<PairId> pairs) =>
        Forecaster.Run(catalog, observations, priors, settings, simulation, pairs);
}
