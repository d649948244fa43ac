using Forecast.Catalog;

namespace Forecast.Model.Forecasting;

/// <summary>
/// The same indicator in other jurisdictions, for pairs with no figure of their own to move on: a total's first-year
/// pace as a share of its target, or a level's yearly change. Only independent peers count (never the pair's own
/// ancestor or descendant, and of a parent and its child only the parent), only for the same kind of goal (a target
/// of the same plan period, never a one-year commitment), and only where there are at least the priors' minimum of
/// them. The peers' mean is shrunk toward an even pace, and the spread between them goes into the paths.
/// </summary>
internal sealed class PooledEvidence(PlanningContext context)
{
    private readonly Lazy<Dictionary<(string Indicator, int From, int Year), List<(string Jurisdiction, double Share, int FirstYear)>>> _shares = new(() => Shares(context));
    private readonly Lazy<Dictionary<(string Indicator, TrajectoryMethod Method, int Year), List<(string Jurisdiction, double Drift)>>> _drifts = new(() => Drifts(context));

    /// <summary>The pooled yearly pace as a share of the target; null with fewer independent peers than the priors require.</summary>
    public PooledShare? PaceShare(PairId pair, Indicator indicator, Figure goal)
    {
        if (goal.Role != FigureRole.Target || goal.FromYear is not { } from || !_shares.Value.TryGetValue((indicator.Id, from, goal.Year), out var all))
            return null;
        var peers = Independent(pair.Jurisdiction, all.Select(a => a.Jurisdiction)).ToHashSet(StringComparer.Ordinal);
        var chosen = all.Where(a => peers.Contains(a.Jurisdiction)).ToList();
        var pooling = context.Priors.Pooling;
        if (chosen.Count < Math.Max(2, pooling.MinPeers))
            return null;

        // In ln units relative to an even pace (a third of a three-year target a year).
        var years = goal.Year - from + 1;
        var ys = chosen.Select(a => Math.Log(a.Share * years)).ToArray();
        var (mean, between) = Spread(ys, pooling.BetweenSpread);
        var weight = pooling.PriorSpread * pooling.PriorSpread / ((pooling.PriorSpread * pooling.PriorSpread) + (between * between / ys.Length));
        var shrunk = weight * mean;
        var predictive = Math.Sqrt((between * between) + (weight * between * between / ys.Length));
        var names = Names(chosen.Select(a => a.Jurisdiction));
        var year = chosen[0].FirstYear;
        var shares = string.Join(", ", chosen.Select(a => PlanningContext.Pct(a.Share)));
        return new PooledShare(
            Math.Exp(shrunk) / years,
            predictive,
            new PeerText(
                $"the {year} plans of {names.En} (their first year {shares} of their {years}-year totals), shrunk toward an even pace",
                $"{names.Zh}{year}年计划进度（首年占{years}年目标的{shares.Replace(", ", "、", StringComparison.Ordinal)}），并向均匀进度收缩"));
    }

    /// <summary>The pooled yearly change of a level in its method's space; null with fewer independent peers than required.</summary>
    public PooledDrift? LevelDrift(PairId pair, Indicator indicator, Figure goal, TrajectoryMethod method)
    {
        if (goal.Role != FigureRole.Target || !_drifts.Value.TryGetValue((indicator.Id, method, goal.Year), out var all))
            return null;
        var peers = Independent(pair.Jurisdiction, all.Select(a => a.Jurisdiction)).ToHashSet(StringComparer.Ordinal);
        var chosen = all.Where(a => peers.Contains(a.Jurisdiction)).ToList();
        if (chosen.Count < Math.Max(2, context.Priors.Pooling.MinPeers))
            return null;
        var (mean, between) = Spread(chosen.Select(a => a.Drift).ToArray(), context.Priors.Spread[method]);
        var names = Names(chosen.Select(a => a.Jurisdiction));
        return new PooledDrift(mean, between, new PeerText($"the plans of {names.En}", $"{names.Zh}的计划"));
    }

    /// <summary>Candidates that are independent of the pair and of each other: of a parent and its child, the parent.</summary>
    private IEnumerable<string> Independent(string jurisdiction, IEnumerable<string> candidates)
    {
        var chosen = new List<string>();
        foreach (var candidate in candidates.Distinct().OrderBy(j => context.Catalog.Jurisdiction(j).Level).ThenBy(j => j, StringComparer.Ordinal))
        {
            if (candidate == jurisdiction || context.IsAncestorOrDescendant(candidate, jurisdiction) || chosen.Any(c => context.IsAncestorOrDescendant(c, candidate)))
                continue;
            chosen.Add(candidate);
        }

        return chosen;
    }

    /// <summary>The mean, and the spread between peers, at least the floor (two or three peers cannot show how far jurisdictions differ).</summary>
    private static (double Mean, double Between) Spread(double[] values, double floor)
    {
        var mean = values.Average();
        var sd = values.Length >= 2 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : 0;
        return (mean, Math.Max(sd, floor));
    }

    private (string En, string Zh) Names(IEnumerable<string> jurisdictions)
    {
        var list = jurisdictions.Select(context.Catalog.Jurisdiction).ToList();
        return (string.Join(" and ", list.Select(j => j.NameEn)), string.Join("、", list.Select(j => j.NameZh)));
    }

    private static Dictionary<(string, int, int), List<(string, double, int)>> Shares(PlanningContext c)
    {
        var result = new Dictionary<(string, int, int), List<(string, double, int)>>();
        foreach (var pair in c.Catalog.Pairs)
        {
            var indicator = c.Catalog.Indicator(pair.Indicator);
            if (indicator.Kind is not (IndicatorKind.Cumulative or IndicatorKind.Count)
                || PlanningContext.GoalOf(c.Catalog, pair) is not { Role: FigureRole.Target, FromYear: { } from } goal || goal.Value <= 0)
                continue;

            // The first year's own figure: recorded, else planned.
            var first = c.PointsOf(pair, goal).Where(p => p.Year == from && p.Basis != PointBasis.Baseline && p.Value > 0).LastOrDefault();
            if (first is null)
                continue;
            var key = (indicator.Id, from, goal.Year);
            if (!result.TryGetValue(key, out var list))
                result[key] = list = [];
            list.Add((pair.Jurisdiction, first.Value / goal.Value, from));
        }

        return result;
    }

    private static Dictionary<(string, TrajectoryMethod, int), List<(string, double)>> Drifts(PlanningContext c)
    {
        var result = new Dictionary<(string, TrajectoryMethod, int), List<(string, double)>>();
        foreach (var pair in c.Catalog.Pairs)
        {
            var indicator = c.Catalog.Indicator(pair.Indicator);
            if (indicator.Kind != IndicatorKind.Level || PlanningContext.GoalOf(c.Catalog, pair) is not { Role: FigureRole.Target } goal)
                continue;
            var own = c.PointsOf(pair, goal).Where(p => p.Year < goal.Year && p.Value > 0).ToList();
            if (own.Count < 2)
                continue;
            var method = LevelPlanning.LevelMethod(indicator, own, goal);
            var space = new LevelSpace(method, indicator.Bound ?? 100, LevelPlanning.TargetResolution(goal.Value));
            var xs = own.Select(p => space.ToState(p.Value)).ToArray();
            var drift = own.Count >= 3 ? LevelPlanning.LeastSquaresSlope(own, xs) : (xs[1] - xs[0]) / (own[1].Year - own[0].Year);
            var key = (indicator.Id, method, goal.Year);
            if (!result.TryGetValue(key, out var list))
                result[key] = list = [];
            list.Add((pair.Jurisdiction, drift));
        }

        return result;
    }
}

internal sealed record PeerText(string En, string Zh);

/// <summary>A pooled yearly pace as a share of the target, the predictive spread between jurisdictions (ln units), and the peers.</summary>
internal sealed record PooledShare(double Share, double Between, PeerText Peers);

/// <summary>A pooled yearly change in the method's space, the spread between jurisdictions, and the peers.</summary>
internal sealed record PooledDrift(double Drift, double Between, PeerText Peers);
