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

    /// <summary>Forecasts <paramref name="pairs"/> (every pair of the catalog when null), in the order given, each on its goal.</summary>
    public ForecastRun Run(SimulationOptions simulation, IEnumerable<PairId>? pairs = null) =>
        Run(simulation, (pairs ?? Catalog.Pairs)
            .Select(pair => (Pair: pair, Goal: _planner.Goal(pair)))
            .Where(g => g.Goal is { } goal && (Settings.Horizon is null || goal.Year <= Settings.Horizon))
            .Select(g => (g.Pair, g.Goal!)));

    /// <summary>
    /// Forecasts the goals given — any of a pair's figures, not only the one it is judged on (a backtest scores every
    /// commitment as well as the target) — in the order given.
    /// </summary>
    public ForecastRun Run(SimulationOptions simulation, IEnumerable<(PairId Pair, Figure Goal)> goals)
    {
        var plans = goals.Select(g => _planner.Plan(g.Pair, g.Goal)).ToList();

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
            var (flag, borderline) = (result, plan.Settled) switch
            {
                (null, _) => (ForecastFlag.InsufficientData, Borderline.No),
                (_, { } met) => (met ? ForecastFlag.Met : ForecastFlag.Missed, Borderline.No),
                _ => Light(plan, result),
            };
            return new PairForecast(plan.Pair, plan.Indicator, plan.Goal, plan.Growth, plan.Fit, plan.Basis, plan.Nowcast, result, flag, risk, factor, ReasonWriter.Write(plan, result, risk, factor, borderline))
            {
                Borderline = borderline,
                CentreValue = plan.Settled is null ? plan.CentreValue : null,
                Outcome = plan.Settled is null ? null : plan.Fit?.Start,
            };
        }).ToList();

        return new ForecastRun(simulation.Seed, simulation.Paths, Settings.AsOfYear, forecasts);
    }

    /// <summary>Monte Carlo error is this many standard errors wide: within it of a threshold, the light is noise.</summary>
    public const double NoiseWidth = 2.5;

    /// <summary>
    /// The light, never decided by Monte Carlo noise: within <see cref="NoiseWidth"/> standard errors of a threshold
    /// (at least half a path's worth), the kinder light. A goal its own central path meets (a total planned exactly to
    /// its target, an each-year floor planned or running at the floor) is never "likely missed" while any year is
    /// still drawn: the plan itself says otherwise, and P(meet) below one half only says how little room it leaves.
    /// </summary>
    private (ForecastFlag Flag, Borderline Borderline) Light(PairPlan plan, Simulation.SimulatedPair result)
    {
        var thresholds = Settings.Thresholds;
        var flag = thresholds.Classify(result.PMeet);

        var noise = Math.Max(NoiseWidth * Math.Sqrt(Math.Max(result.PMeet * (1 - result.PMeet), 0.25 / result.Paths) / result.Paths), 0.5 / result.Paths);
        var withinNoise = new[] { thresholds.LikelyMissedBelow, thresholds.AtRiskBelow }.FirstOrDefault(line => result.PMeet < line && line - result.PMeet <= noise);
        if (flag == ForecastFlag.LikelyMissed && plan.CentreMeets)
            return (thresholds.Classify(thresholds.LikelyMissedBelow), withinNoise > 0 ? Borderline.MonteCarlo : Borderline.PlanOnTheLine);
        return withinNoise > 0 ? (thresholds.Classify(withinNoise), Borderline.MonteCarlo) : (flag, Borderline.No);
    }
}
