using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// The catalog, observations, priors and settings of one run, planned once (pooled trends read every pair), so that
/// many callers — one per jurisdiction — can each forecast their own pairs without planning the catalog again. A
/// pair's forecast does not depend on which other pairs share a call. Safe to use from several threads at once.
/// </summary>
public sealed class PreparedForecast
{
    private readonly PairPlanner _planner;

    internal PreparedForecast(ForecastCatalog catalog, IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations, ForecastPriors priors, ForecastSettings settings)
    {
        Catalog = catalog;
        Priors = priors;
        Settings = settings;
        _planner = new PairPlanner(catalog, observations, priors, settings);
    }

    public ForecastCatalog Catalog { get; }

    public ForecastPriors Priors { get; }

    public ForecastSettings Settings { get; }

    /// <summary>Forecasts <paramref name="pairs"/> (every pair of the catalog when null), in the order given.</summary>
    public ForecastRun Run(SimulationOptions simulation, IEnumerable<PairId>? pairs = null)
    {
        var plans = new List<PairPlan>();
        foreach (var pair in pairs ?? Catalog.Pairs)
        {
            if (_planner.Goal(pair) is { } goal && (Settings.Horizon is null || goal.Year <= Settings.Horizon))
                plans.Add(_planner.Plan(pair, goal));
        }

        var simulated = Enumerable.Range(0, plans.Count).Where(i => plans[i].Model is not null).ToArray();
        var results = MonteCarlo.Run(simulated.Select(i => plans[i].Model!).ToList(), Priors.CommonFactors, simulation);
        var resultOf = new SimulatedPair?[plans.Count];
        for (var k = 0; k < simulated.Length; k++)
            resultOf[simulated[k]] = results[k];

        var forecasts = plans.Select((plan, i) =>
        {
            var result = plan switch
            {
                { Gap: not null } => null,
                { Settled: { } met } => SimulatedPair.Certain(met, simulation.Paths, plan.Goal.Value, plan.SettledValue, plan.Model?.MeetsAbove ?? plan.Indicator.Direction != Direction.Down),
                _ => resultOf[i],
            };
            var (risk, factor) = ReasonWriter.RiskOf(plan);
            var flag = result is null ? ForecastFlag.InsufficientData : Settings.Thresholds.Classify(result.PMeet);
            return new PairForecast(plan.Pair, plan.Indicator, plan.Goal, plan.Growth, plan.Fit, plan.Basis, plan.Nowcast, result, flag, risk, factor, ReasonWriter.Write(plan, result, risk, factor));
        }).ToList();

        return new ForecastRun(simulation.Seed, simulation.Paths, Settings.AsOfYear, forecasts);
    }
}
