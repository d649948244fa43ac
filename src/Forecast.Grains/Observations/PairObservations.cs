using Forecast.Contracts;

namespace Forecast.Grains.Observations;

/// <summary>
/// A pair's observations as everyone reads them: the catalog's published figures (every silo loads the same) and what
/// was recorded on the server, one list. Nothing is dropped: a superseded figure is kept and marked with the figure
/// that replaces it, since a run as of an earlier year must see what was known then.
/// </summary>
public static class PairObservations
{
    /// <summary>
    /// The catalog's figures, then the stored ones, oldest year first. Within a year a superseded figure comes before
    /// the one that replaces it, and a total since an earlier year before the year's own figure, so a reader taking
    /// one point a year (the growth table, the current planner) takes the current figure for the year itself.
    /// </summary>
    public static IReadOnlyList<ObservationView> Merge(IReadOnlyList<ObservationView> published, IReadOnlyList<ObservationView> stored)
    {
        if (published.Count == 0 && stored.All(o => o.Supersedes is null))
            return stored;

        var all = published.Concat(stored).ToList();
        var supersededBy = new string?[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Supersedes is not { } named)
                continue;
            for (var j = 0; j < i; j++)
            {
                if (supersededBy[j] is null && all[j].Year == all[i].Year && all[j].Period == all[i].Period && all[j].SourceUrl == named)
                {
                    supersededBy[j] = all[i].SourceUrl;
                    break;
                }
            }
        }

        return all
            .Select((o, i) => supersededBy[i] is { } by ? o with { SupersededBy = by } : o)
            .OrderBy(o => o.Year)
            .ThenBy(o => o.SupersededBy is null ? 1 : 0)
            .ThenBy(o => o.Period?.StartsWith("since-", StringComparison.Ordinal) == true ? 0 : 1)
            .ToList();
    }
}
