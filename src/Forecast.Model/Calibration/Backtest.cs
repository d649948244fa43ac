using Forecast.Catalog;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Model.Calibration;

/// <summary>
/// The run a planner would have had at the end of <c>cutoff</c> — only figures of years up to it, as-of the cutoff —
/// scored on every goal (each target and each practical-matters commitment) whose outcome was recorded after it. The
/// priors that recorded outcomes update (the base rates) see only what was recorded by the cutoff, so no goal's own
/// outcome ever informs its forecast.
/// </summary>
public static class Backtest
{
    /// <summary>Paths of the run that only reads which goals are settled now: no probability of it is used.</summary>
    private const int OutcomePaths = 64;

    public static BacktestResult Run(
        ForecastCatalog catalog,
        IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations,
        ForecastPriors priors,
        ForecastSettings settings,
        SimulationOptions simulation,
        int cutoff)
    {
        var known = observations.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<DataPoint>)kv.Value.Where(p => p.Year <= cutoff).ToList());
        var goals = catalog.Pairs
            .SelectMany(pair => catalog.FiguresOf(pair).Where(f => f.Role is FigureRole.Target or FigureRole.Commitment && f.Year > cutoff).Select(f => (pair, f)))
            .ToList();

        var then = Forecaster.Prepare(catalog, known, priors, settings with { AsOfYear = cutoff }).Run(simulation with { Quantiles = true }, goals).Pairs;
        var latest = Math.Max(settings.AsOfYear, observations.Values.SelectMany(v => v).Select(p => p.Year).DefaultIfEmpty(cutoff).Max());
        var now = Forecaster.Prepare(catalog, observations, priors, settings with { AsOfYear = latest }).Run(simulation with { Paths = OutcomePaths, Quantiles = false }, goals).Pairs;

        var scored = new List<BacktestGoal>();
        for (var i = 0; i < goals.Count; i++)
        {
            var (forecast, outcome) = (then[i], now[i]);
            if (forecast.PMeet is not { } p || outcome.Outcome is not { } recorded)
                continue;
            var band = forecast.Simulation?.Fan.FirstOrDefault(q => q.Year == recorded.Year);
            scored.Add(new BacktestGoal(
                forecast.Pair,
                forecast.Goal,
                forecast.Basis,
                p,
                outcome.Flag == ForecastFlag.Met,
                recorded,
                band?.P5,
                band?.P95,
                SimpleRules.OfCategory(forecast.Growth.Category)));
        }

        return BacktestResult.Of(cutoff, latest, simulation.Seed, simulation.Paths, scored);
    }
}
