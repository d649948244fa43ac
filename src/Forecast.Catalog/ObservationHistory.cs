namespace Forecast.Catalog;

/// <summary>
/// The rules between a pair's published figures. One pair, year and period holds one figure: a second one does not
/// silently replace the first, it is refused unless it names the first's source URL in <c>supersedes</c> and is at
/// least as final (a bulletin's final figure supersedes the work report's estimate, never the other way). The
/// superseded figure is kept: a backtest as of an earlier year must still see the estimate it had then.
/// </summary>
public static class ObservationHistory
{
    /// <summary>
    /// Checks <paramref name="added"/>, in order, against <paramref name="recorded"/> (already accepted, so never
    /// reported) and against the added rows before it. A row that repeats a recorded one in every column is skipped,
    /// so importing the same file twice records nothing twice; every other conflict is an error on the added row.
    /// </summary>
    /// <remarks>A superseding row comes after the row it supersedes: later in its file, or in a later file.</remarks>
    public static ObservationCheck Check(IEnumerable<PublishedObservation> recorded, IReadOnlyList<PublishedObservation> added)
    {
        var chains = new Dictionary<(PairId, int, ObservationPeriod), List<Entry>>();
        List<Entry> ChainOf(PublishedObservation o)
        {
            var key = (o.Pair, o.Year, o.Period);
            if (!chains.TryGetValue(key, out var chain))
                chains[key] = chain = [];
            return chain;
        }

        foreach (var r in recorded)
            Accept(ChainOf(r), r);

        var accepted = new List<PublishedObservation>();
        var skipped = new List<SkippedObservation>();
        var errors = new List<CatalogError>();
        var recordedCount = chains.ToDictionary(c => c.Key, c => c.Value.Count);
        foreach (var row in added)
        {
            var chain = ChainOf(row);
            var known = recordedCount.GetValueOrDefault((row.Pair, row.Year, row.Period));
            if (chain.Take(known).FirstOrDefault(e => e.Row.SameFigureAs(row)) is { } same)
            {
                skipped.Add(new SkippedObservation(row, same.Row));
                continue;
            }

            if (Problem(chain, row) is { } problem)
            {
                errors.Add(new CatalogError(row.Location.File, row.Location.Line, problem.Field, problem.Message));
                continue;
            }

            Accept(chain, row);
            accepted.Add(row);
        }

        return new ObservationCheck(accepted, skipped, errors);
    }

    /// <summary>For each figure that a later one supersedes, that later one.</summary>
    public static IReadOnlyDictionary<PublishedObservation, PublishedObservation> SupersededBy(IEnumerable<PublishedObservation> observations)
    {
        var result = new Dictionary<PublishedObservation, PublishedObservation>(ReferenceEqualityComparer.Instance);
        var chains = observations.GroupBy(o => (o.Pair, o.Year, o.Period));
        foreach (var chain in chains)
        {
            var rows = chain.ToList();
            foreach (var row in rows.Where(r => r.Supersedes is not null))
            {
                var target = rows.TakeWhile(r => !ReferenceEquals(r, row)).LastOrDefault(r => r.SourceUrl == row.Supersedes && !result.ContainsKey(r));
                if (target is not null)
                    result[target] = row;
            }
        }

        return result;
    }

    private static (string Field, string Message)? Problem(List<Entry> chain, PublishedObservation row)
    {
        var what = $"{row.Pair} {row.Year} ({row.Period})";
        if (row.Supersedes is null)
        {
            if (chain.Count == 0)
                return null;
            var current = (chain.LastOrDefault(e => e.SupersededBy is null) ?? chain[^1]).Row;
            var same = chain.FirstOrDefault(e => e.Row.SameFigureAs(row));
            return same is not null
                ? ("supersedes", $"the same figure for {what} is already at {same.Row.Location}; drop this row")
                : ("supersedes", $"a second figure for {what}: {Describe(current)} is recorded at {current.Location}. A figure is never replaced silently: drop this row, or name the figure it replaces by writing its source_url in the {ObservationRows.SupersedesColumn} column");
        }

        var named = chain.Where(e => e.Row.SourceUrl == row.Supersedes).ToList();
        if (named.Count == 0)
        {
            return ("supersedes", chain.Count == 0
                ? $"no figure for {what} is recorded before this row, so there is nothing from {row.Supersedes} to supersede"
                : $"no figure for {what} from {row.Supersedes} is recorded before this row; the figures recorded are from {string.Join(", ", chain.Select(e => e.Row.SourceUrl).Distinct())}");
        }

        var target = named.FirstOrDefault(e => e.SupersededBy is null);
        if (target is null)
        {
            var by = named[^1].SupersededBy!;
            return ("supersedes", $"the figure for {what} from {row.Supersedes} is already superseded by {by.Location} ({by.SourceUrl}): supersede that one instead");
        }

        if (row.Status < target.Row.Status)
        {
            return ("status", $"{A(row.Status)} figure cannot supersede {A(target.Row.Status)} one ({Describe(target.Row)} at {target.Row.Location}): only a figure at least as final replaces another");
        }

        return null;
    }

    private static string A(ObservationStatus status) => (status == ObservationStatus.Estimated ? "an " : "a ") + ObservationRows.Word(status);

    private static void Accept(List<Entry> chain, PublishedObservation row)
    {
        if (row.Supersedes is not null && chain.FirstOrDefault(e => e.Row.SourceUrl == row.Supersedes && e.SupersededBy is null) is { } target)
            target.SupersededBy = row;
        chain.Add(new Entry(row));
    }

    private static string Describe(PublishedObservation o) =>
        $"{o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {o.Unit} ({ObservationRows.Word(o.Status)}, {o.SourceUrl})";

    private sealed class Entry(PublishedObservation row)
    {
        public PublishedObservation Row { get; } = row;

        public PublishedObservation? SupersededBy { get; set; }
    }
}

/// <summary>What <see cref="ObservationHistory.Check"/> found: the rows to record, those already recorded, and every conflict.</summary>
public sealed record ObservationCheck(
    IReadOnlyList<PublishedObservation> Accepted,
    IReadOnlyList<SkippedObservation> Skipped,
    IReadOnlyList<CatalogError> Errors);

/// <summary>A row that repeats, column for column, a figure already recorded at <see cref="AlreadyRecorded"/>.</summary>
public sealed record SkippedObservation(PublishedObservation Row, PublishedObservation AlreadyRecorded);
