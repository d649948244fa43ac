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

    /// <summary>Each class's fulfilment, the prior beside its estimate from the recorded plan-vs-outcome years of the run.</summary>
    public IReadOnlyList<ClassFulfilment> Fulfilment => _planner.Fulfilment();

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

        var paces = WhatItTakes(plans, simulation);
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
                WhatItTakes = paces[i],
            };
        }).ToList();

        return new ForecastRun(simulation.Seed, simulation.Paths, Settings.AsOfYear, forecasts);
    }

    /// <summary>
    /// What it takes to be on track, for every pair the paths decide, where the run is for readers (with the fan):
    /// solved on each pair's own paths (the run's first <see cref="PaceSolver.MaxPaths"/>), in parallel over pairs.
    /// </summary>
    private RequiredPace?[] WhatItTakes(List<PairPlan> plans, SimulationOptions simulation)
    {
        var paces = new RequiredPace?[plans.Count];
        if (!simulation.Quantiles)
            return paces;
        var factors = Priors.CommonFactors;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = simulation.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, plans.Count, parallel, i =>
        {
            if (PaceFrame.Of(plans[i]) is { } frame)
                paces[i] = PaceSolver.Required(frame, factors, simulation.Seed, simulation.Paths, Settings.Thresholds.AtRiskBelow, simulation.Width);
        });
        return paces;
    }

    /// <summary>
    /// One pair's own Monte Carlo under a changed pace, spread or loadings, over this run's plan of it: the same seed
    /// and stream as its forecast, so with nothing changed it gives the forecast's own P(meet).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The pace cannot be run (a flow of zero, a fall of 100 %), or the spread scale is negative or not finite.</exception>
    /// <exception cref="ArgumentException">A loading names a factor the scenario does not have.</exception>
    public WhatIfOutcome WhatIf(PairId pair, WhatIfAssumption assumption, SimulationOptions simulation)
    {
        if (_planner.Goal(pair) is not { } goal)
            return new WhatIfOutcome(null, null, null, null, null, null, "no-goal");
        var plan = _planner.Plan(pair, goal);
        if (PaceFrame.Of(plan) is not { } frame)
            return new WhatIfOutcome(null, null, null, null, null, null, plan.Settled is not null ? "settled" : "insufficient-data");

        var factors = Priors.CommonFactors;
        var model = frame.Model;
        if (assumption.SpreadScale is { } scale)
        {
            if (!double.IsFinite(scale) || scale < 0)
                throw new ArgumentOutOfRangeException(nameof(assumption), scale, "a spread scale is a finite number, zero or more");
            model = model with { Spread = model.Spread * scale, Persistent = model.Persistent * scale };
        }

        if (assumption.Loadings is { Count: > 0 } loadings)
        {
            var changed = model.Loadings.ToList();
            foreach (var (name, beta) in loadings)
            {
                var index = factors.ToList().FindIndex(f => f.Name == name);
                if (index < 0)
                    throw new ArgumentException($"unknown factor '{name}': expected one of {string.Join(", ", factors.Select(f => f.Name))}", nameof(assumption));
                if (!double.IsFinite(beta))
                    throw new ArgumentOutOfRangeException(nameof(assumption), beta, "a loading is a finite number");
                changed.RemoveAll(l => l.Factor == index);
                if (beta != 0)
                    changed.Add(new FactorLoading(index, beta));
            }

            model = model with { Loadings = [.. changed] };
        }

        var varied = PaceFrame.Of(plan with { Model = model })!;
        var pace = assumption.Pace is { } p ? varied.ToState(p) : varied.Assumed;
        var run = varied.At(pace);
        var result = MonteCarlo.Run([run], factors, simulation with { Quantiles = true })[0];
        var required = PaceSolver.Required(varied, factors, simulation.Seed, simulation.Paths, Settings.Thresholds.AtRiskBelow, simulation.Width);
        return new WhatIfOutcome(result, Settings.Thresholds.Classify(result.PMeet), varied.Measure, varied.ToPace(pace), varied.ToPace(varied.Assumed), required, null);
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
