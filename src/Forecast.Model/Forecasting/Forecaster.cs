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
        IEnumerable<PairId>? pairs = null)
    {
        var planner = new PairPlanner(catalog, observations, priors, settings);
        var plans = new List<PairPlan>();
        foreach (var pair in pairs ?? catalog.Pairs)
        {
            if (planner.Goal(pair) is { } goal && (settings.Horizon is null || goal.Year <= settings.Horizon))
                plans.Add(planner.Plan(pair, goal));
        }

        var simulated = Enumerable.Range(0, plans.Count).Where(i => plans[i].Model is not null).ToArray();
        var results = MonteCarlo.Run(simulated.Select(i => plans[i].Model!).ToList(), priors.CommonFactors, simulation);
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
            var flag = result is null ? ForecastFlag.InsufficientData : settings.Thresholds.Classify(result.PMeet);
            return new PairForecast(plan.Pair, plan.Indicator, plan.Goal, plan.Growth, plan.Fit, plan.Basis, plan.Nowcast, result, flag, risk, factor, ReasonWriter.Write(plan, result, risk, factor));
        }).ToList();

        return new ForecastRun(simulation.Seed, simulation.Paths, settings.AsOfYear, forecasts);
    }

    /// <summary>The figure a pair is judged on: its latest target, else its latest commitment; null where it has neither.</summary>
    public static Figure? GoalOf(ForecastCatalog catalog, PairId pair) => PairPlanner.GoalOf(catalog, pair);
}
