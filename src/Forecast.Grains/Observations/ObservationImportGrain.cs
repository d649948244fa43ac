using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Pairs;
using Forecast.Grains.Runs;
using Forecast.Grains.Views;
using Microsoft.Extensions.Logging;

namespace Forecast.Grains.Observations;

/// <summary>
/// Records a bulk of published figures all or nothing. Every row is checked first — against the catalog as a catalog
/// row is (<see cref="ObservationRows"/>), then against the catalog's figures and each pair's stored ones
/// (<see cref="ObservationHistory"/>) — and any error records nothing. Then each pair appends its rows only if it
/// still holds what was checked; should one pair refuse or fail, the pairs already written are put back.
/// </summary>
public sealed class ObservationImportGrain(CatalogViews views, ILogger<ObservationImportGrain> logger) : Grain, IObservationImportGrain
{
    /// <summary>Pairs whose stored figures are read at once.</summary>
    private const int PairsReadAtOnce = 8;

    public async Task<ObservationImportResult> Import(string name, byte[] csv, bool write)
    {
        var catalog = views.Catalog;
        var errors = new List<CatalogError>();
        var rows = ObservationRows.Read(csv ?? [], string.IsNullOrEmpty(name) ? "request" : name, catalog, errors);

        var pairs = rows.Select(r => r.Pair).Distinct().ToList();
        var stored = await Bounded.Select(pairs, PairsReadAtOnce, p => GrainFactory.GetGrain<IPairImport>(p.ToString()).GetStored());
        var recorded = pairs.SelectMany((pair, i) => catalog.ObservationsOf(pair).Concat(
            stored[i].Observations.Select(o => ObservationViews.ToPublished(pair, catalog.Indicator(pair.Indicator).Unit, o)).OfType<PublishedObservation>()));
        var check = ObservationHistory.Check(recorded.ToList(), rows);
        errors.AddRange(check.Errors);

        var now = DateTimeOffset.UtcNow;
        var accepted = check.Accepted.Select(o => (Row: o, View: ObservationViews.ToRecorded(o, now))).ToList();
        var skipped = check.Skipped.Select(s => new ImportedObservation(s.Row.Location.Line, s.Row.Pair.ToString(), ObservationViews.ToView(s.Row) with { Origin = null }, s.AlreadyRecorded.Location.ToString())).ToList();
        if (errors.Count > 0)
        {
            var problems = errors.OrderBy(e => e.Line).Select(e => new ObservationRowError(e.Line, e.Field, e.Message)).ToList();
            return new ObservationImportResult(false, [], skipped, problems);
        }

        var report = accepted.Select(a => new ImportedObservation(a.Row.Location.Line, a.Row.Pair.ToString(), a.View)).ToList();
        if (!write || accepted.Count == 0)
            return new ObservationImportResult(false, report, skipped, []);

        await Record(pairs, stored, accepted.GroupBy(a => a.Row.Pair).ToDictionary(g => g.Key, g => (IReadOnlyList<ObservationView>)g.Select(a => a.View).ToList()));
        logger.LogInformation("Recorded {Count} published figures for {Pairs} pairs from {Name}", accepted.Count, accepted.Select(a => a.Row.Pair).Distinct().Count(), name);
        return new ObservationImportResult(true, report, skipped, []);
    }

    private async Task Record(List<PairId> pairs, VersionedObservations[] stored, Dictionary<PairId, IReadOnlyList<ObservationView>> figures)
    {
        var written = new List<(IPairImport Grain, int Version, IReadOnlyList<ObservationView> Before)>();
        try
        {
            for (var i = 0; i < pairs.Count; i++)
            {
                if (!figures.TryGetValue(pairs[i], out var own))
                    continue;
                var grain = GrainFactory.GetGrain<IPairImport>(pairs[i].ToString());
                var version = await grain.Append(stored[i].Version, own);
                if (version is null)
                    throw new ObservationImportConflictException(pairs[i].ToString());
                written.Add((grain, version.Value, stored[i].Observations));
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A bulk import failed after {Written} pairs were written; putting them back", written.Count);
            foreach (var (grain, version, before) in Enumerable.Reverse(written))
            {
                try
                {
                    if (!await grain.Restore(version, before))
                        logger.LogError("Pair {Pair} changed again before the failed import could be undone; its appended figures stay", grain.GetPrimaryKeyString());
                }
                catch (Exception restore)
                {
                    logger.LogError(restore, "Pair {Pair}: undoing a failed import failed; its appended figures stay", grain.GetPrimaryKeyString());
                }
            }

            throw;
        }
    }
}
