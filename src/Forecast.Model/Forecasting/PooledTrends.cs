using Forecast.Catalog;

namespace Forecast.Model.Forecasting;

/// <summary>
/// What the same indicator does in other jurisdictions, for pairs with too few points of their own: a level's drift
/// (in its method's space, so growth rates pool, not amounts) and a flow's planned pace as a share of its target.
/// </summary>
internal sealed class PooledTrends
{
    private readonly Dictionary<(string Indicator, TrajectoryMethod Method), List<(string Jurisdiction, double Drift)>> _drifts = [];
    private readonly Dictionary<string, List<(string Jurisdiction, double Share)>> _shares = new(StringComparer.Ordinal);

    public void Add(PairId pair, Indicator indicator, Figure goal, IReadOnlyList<DataPoint> points)
    {
        switch (indicator.Kind)
        {
            case IndicatorKind.Level:
                var own = points.Where(p => p.Year <= goal.Year).ToList();
                if (own.Count < 2)
                    return;
                var method = PairPlanner.LevelMethod(indicator, own, goal);
                var space = new LevelSpace(method, indicator.Bound ?? 100, PairPlanner.TargetResolution(goal.Value));
                var xs = own.Select(p => space.ToState(p.Value)).ToArray();
                var drift = own.Count >= 3 ? PairPlanner.LeastSquaresSlope(own, xs) : (xs[1] - xs[0]) / (own[1].Year - own[0].Year);
                Add(_drifts, (indicator.Id, method), (pair.Jurisdiction, drift));
                break;
            case IndicatorKind.Cumulative or IndicatorKind.Count when goal.Role == FigureRole.Target && goal.FromYear is { } from && goal.Value > 0:
                var flows = points.Where(p => p.Year >= from && p.Year <= goal.Year && p.Basis != PointBasis.Baseline).ToList();
                if (flows.Count == 0)
                    return;
                Add(_shares, indicator.Id, (pair.Jurisdiction, flows.Sum(p => p.Value) / (flows[^1].Year - from + 1) / goal.Value));
                break;
        }
    }

    /// <summary>The mean drift of the indicator elsewhere; null where no other jurisdiction has one.</summary>
    public (double Drift, IReadOnlyList<string> Jurisdictions)? LevelDrift(string indicator, TrajectoryMethod method, string exceptJurisdiction) =>
        _drifts.TryGetValue((indicator, method), out var all) && all.Where(d => d.Jurisdiction != exceptJurisdiction).ToList() is { Count: > 0 } others
            ? (others.Average(d => d.Drift), others.Select(d => d.Jurisdiction).ToList())
            : null;

    /// <summary>The mean yearly pace as a share of the target elsewhere; null where no other jurisdiction plans one.</summary>
    public (double Share, IReadOnlyList<string> Jurisdictions)? PaceShare(string indicator, string exceptJurisdiction) =>
        _shares.TryGetValue(indicator, out var all) && all.Where(d => d.Jurisdiction != exceptJurisdiction).ToList() is { Count: > 0 } others
            ? (others.Average(d => d.Share), others.Select(d => d.Jurisdiction).ToList())
            : null;

    private static void Add<TKey>(Dictionary<TKey, List<(string, double)>> map, TKey key, (string, double) value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(value);
    }
}
