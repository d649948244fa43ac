using Forecast.Contracts;
using Forecast.Grains.Runs;
using Forecast.Model;

namespace Forecast.Grains.WhatIf;

/// <summary>
/// The runs this silo has made ready for what-ifs, by run id: the first what-if on a run reads its order from the
/// stored run and plans it once (the same preparation as the run's own on this silo, <see cref="PreparedRuns"/>); every later one, on any pair of the run, reuses it, so a warm what-if is one pair's
/// Monte Carlo. Bounded: the least recently used run goes first.
/// </summary>
public sealed class WhatIfPreparations(PreparedRuns prepared, StoredRuns storedRuns, Views.CatalogViews views)
{
    /// <summary>Runs kept: the scenarios a dashboard shows at once, with room to spare.</summary>
    public const int Capacity = 8;

    private readonly RecentlyUsed<Task<Entry?>> _runs = new(Capacity);

    /// <summary>The run made ready; null where the run has no stored result.</summary>
    /// <exception cref="WhatIfRejectedException">The run was made on another catalog or model revision than this silo's.</exception>
    public async Task<PreparedRun?> For(string runId)
    {
        var task = _runs.GetOrAdd(runId, () => Prepare(runId));
        Entry? entry;
        try
        {
            entry = await task;
        }
        catch
        {
            _runs.Remove(runId, task);
            throw;
        }

        if (entry is null)
        {
            // Not stored yet (or forgotten): ask again next time rather than remember the absence.
            _runs.Remove(runId, task);
            return null;
        }

        if (entry.Order.CatalogHash != views.Catalog.ContentHash || entry.Order.ModelRevision != ModelRevision.Current)
            throw new WhatIfRejectedException("scenario", $"scenario: run {runId} was made on another catalog or model revision than this server's; run the scenario again");
        return entry.Run;
    }

    private async Task<Entry?> Prepare(string runId)
    {
        var order = await OrderOf(runId);
        return order is null ? null : new Entry(order, await prepared.For(order));
    }

    /// <summary>
    /// What a stored run was run from: its scenario and the snapshot of observations it stored. Null while a run
    /// started again computes from a new snapshot (its stored result is then partly the old one's).
    /// </summary>
    private async Task<RunOrder?> OrderOf(string runId)
    {
        var stored = await storedRuns.Read(runId);
        if (stored.Outline is not { } outline)
            return null;
        if (stored.Snapshot is { } snapshot && snapshot.InputsHash == stored.InputsHash)
            return new RunOrder(runId, outline.Scenario, outline.CatalogHash, outline.ModelRevision, snapshot.InputsHash);
        return stored.State == RunState.Completed
            ? throw new WhatIfRejectedException("scenario", $"scenario: run {runId} was stored before runs kept the observations they read; run the scenario again")
            : null;
    }

    // The order is kept for its catalog hash and model revision, checked on every use.
    private sealed record Entry(RunOrder Order, PreparedRun Run);
}
