using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// How much the lights rest on each documented prior: every prior moved down and up by half (a base rate by half its
/// miss rate, so it stays a probability; a correlation by half, capped below 1), the run repeated on the same seed,
/// and the lights that change counted. Largest moves first.
/// </summary>
public static class PriorSensitivity
{
    public const double Move = 0.5;

    public static IReadOnlyList<SensitivityRow> Run(
        ForecastCatalog catalog,
        IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations,
        ForecastPriors priors,
        ForecastSettings settings,
        SimulationOptions simulation)
    {
        var baseline = Forecaster.Run(catalog, observations, priors, settings, simulation).Pairs;
        var rows = new List<SensitivityRow>();
        foreach (var (name, value, moved) in Variants(priors))
        {
            var run = Forecaster.Run(catalog, observations, moved.Priors, settings, simulation).Pairs;
            var changed = baseline.Zip(run).Where(p => p.First.Flag != p.Second.Flag).ToList();
            var largest = baseline.Zip(run)
                .Where(p => p.First.PMeet is not null && p.Second.PMeet is not null)
                .Select(p => (p.First.Pair, From: p.First.PMeet!.Value, To: p.Second.PMeet!.Value))
                .MaxBy(p => Math.Abs(p.To - p.From));
            rows.Add(new SensitivityRow(name, value, moved.Value, moved.Direction, changed.Count,
                changed.Count(p => p.First.Flag < p.Second.Flag), changed.Count(p => p.First.Flag > p.Second.Flag),
                largest.Pair, largest.From, largest.To));
        }

        return rows.OrderByDescending(r => r.LightsChanged).ThenByDescending(r => Math.Abs(r.LargestTo - r.LargestFrom)).ToList();
    }

    private static IEnumerable<(string Name, double Value, (ForecastPriors Priors, double Value, string Direction) Moved)> Variants(ForecastPriors priors)
    {
        foreach (var (method, spread) in priors.Spread)
        {
            foreach (var (factor, direction) in Directions)
                yield return ($"spread.{Name(method)}", spread, (priors with { Spread = With(priors.Spread, method, spread * factor) }, spread * factor, direction));
        }

        foreach (var (method, persistent) in priors.Persistent)
        {
            foreach (var (factor, direction) in Directions)
                yield return ($"persistent.{Name(method)}", persistent, (priors with { Persistent = With(priors.Persistent, method, persistent * factor) }, persistent * factor, direction));
        }

        foreach (var (factor, direction) in Directions)
        {
            yield return ("classes.delivered.scale", priors.Delivered.Scale, (priors with { Delivered = priors.Delivered with { Scale = priors.Delivered.Scale * factor } }, priors.Delivered.Scale * factor, direction));
            yield return ("classes.influenced.scale", priors.Influenced.Scale, (priors with { Influenced = priors.Influenced with { Scale = priors.Influenced.Scale * factor } }, priors.Influenced.Scale * factor, direction));
            var delivered = MoveRate(priors.Delivered.BaseRate, factor);
            yield return ("classes.delivered.base-rate", priors.Delivered.BaseRate, (priors with { Delivered = priors.Delivered with { BaseRate = delivered } }, delivered, direction));
            var influenced = MoveRate(priors.Influenced.BaseRate, factor);
            yield return ("classes.influenced.base-rate", priors.Influenced.BaseRate, (priors with { Influenced = priors.Influenced with { BaseRate = influenced } }, influenced, direction));
            var deliveredPlan = MoveRate(priors.Delivered.PlanBaseRate, factor);
            yield return ("classes.delivered.plan-base-rate", priors.Delivered.PlanBaseRate, (priors with { Delivered = priors.Delivered with { PlanBaseRate = deliveredPlan } }, deliveredPlan, direction));
            var influencedPlan = MoveRate(priors.Influenced.PlanBaseRate, factor);
            yield return ("classes.influenced.plan-base-rate", priors.Influenced.PlanBaseRate, (priors with { Influenced = priors.Influenced with { PlanBaseRate = influencedPlan } }, influencedPlan, direction));
            // How much recorded outcomes weigh against the priors: the base rates' and the fulfilment estimates' both.
            yield return ("classes.delivered.strength", priors.Delivered.Strength, (priors with { Delivered = priors.Delivered with { Strength = priors.Delivered.Strength * factor } }, priors.Delivered.Strength * factor, direction));
            yield return ("classes.influenced.strength", priors.Influenced.Strength, (priors with { Influenced = priors.Influenced with { Strength = priors.Influenced.Strength * factor } }, priors.Influenced.Strength * factor, direction));
            var correlation = Math.Min(priors.CommitmentCorrelation * factor, 0.99);
            yield return ("commitments.correlation", priors.CommitmentCorrelation, (priors with { CommitmentCorrelation = correlation }, correlation, direction));
            yield return ("about.tolerance", priors.AboutTolerance, (priors with { AboutTolerance = priors.AboutTolerance * factor }, priors.AboutTolerance * factor, direction));
            yield return ("pooling.between-spread", priors.Pooling.BetweenSpread, (priors with { Pooling = priors.Pooling with { BetweenSpread = priors.Pooling.BetweenSpread * factor } }, priors.Pooling.BetweenSpread * factor, direction));
            yield return ("pooling.prior-spread", priors.Pooling.PriorSpread, (priors with { Pooling = priors.Pooling with { PriorSpread = priors.Pooling.PriorSpread * factor } }, priors.Pooling.PriorSpread * factor, direction));
            for (var f = 0; f < priors.Factors.Count; f++)
            {
                var factors = priors.Factors.Select((p, i) => i == f ? p with { Spread = p.Spread * factor } : p).ToList();
                yield return ($"factors.{priors.Factors[f].Name}.spread", priors.Factors[f].Spread, (priors with { Factors = factors }, priors.Factors[f].Spread * factor, direction));
            }
        }
    }

    private static readonly (double Factor, string Direction)[] Directions = [(1 - Move, "−50 %"), (1 + Move, "+50 %")];

    /// <summary>A base rate moved by half its miss rate: 0.85 → 0.775 (down) or 0.925 (up).</summary>
    private static double MoveRate(double rate, double factor) => 1 - ((1 - rate) * (2 - factor));

    private static Dictionary<TrajectoryMethod, double> With(IReadOnlyDictionary<TrajectoryMethod, double> values, TrajectoryMethod method, double value) =>
        values.ToDictionary(kv => kv.Key, kv => kv.Key == method ? value : kv.Value);

    private static string Name(TrajectoryMethod method) => method switch
    {
        TrajectoryMethod.LogLinear => "log-linear",
        TrajectoryMethod.LogitLinear => "logit-linear",
        TrajectoryMethod.Linear => "linear",
        TrajectoryMethod.Pace => "pace",
        _ => "average-growth",
    };
}

/// <summary>One prior moved one way: how many lights change (worse and better), and the pair whose P(meet) moves most.</summary>
public sealed record SensitivityRow(string Prior, double Value, double MovedTo, string Direction, int LightsChanged, int Worse, int Better, PairId LargestMovePair, double LargestFrom, double LargestTo);
