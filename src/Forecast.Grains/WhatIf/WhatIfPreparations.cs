using Forecast.Contracts;
using Forecast.Grains.Runs;
using Forecast.Model;

namespace Forecast.Grains.WhatIf;

/// <summary>
/// The runs this silo has made ready for what-ifs, by run id: the first what-if on a run reads the stored run and its
/// snapshot and plans it once (the same preparation as the run's own on this silo, <see cref="PreparedRuns"/>); every
/// later one, on any pair of the run, reuses it, so a warm what-if is one pair's Monte Carlo. Bounded: the least
/// recently used run goes first. A run started again on new observations keeps its run id, and the preparation kept
/// here is then the earlier one's until it leaves the cache.
/// </summary>
public sealed class WhatIfPreparations(PreparedRuns prepared, StoredRuns storedRuns, Views.CatalogViews views)
{
    /// <summary>Runs kept: the scenarios a dashboard shows at once, with room to spare.</summary>
    public const int Capacity = 8;

    private readonly RecentlyUsed<Task<PreparedRun?>> _runs = new(Capacity);

    /// <summary>The run made ready; null where the run has no stored result.</summary>
    /// <exception cref="WhatIfRejectedException">The run was made on another catalog or model revision than this silo's, or stored without its snapshot.</exception>
    public async Task<PreparedRun?> For(string runId)
    {
        var task = _runs.GetOrAdd(runId, () => Task.Run(() => Prepare(runId)));
        PreparedRun? run;
        try
        {
            run = await task;
        }
        catch
        {
            _runs.Remove(runId, task);
            throw;
        }

        // Not stored yet (or forgotten): ask again next time rather than remember the absence.
        if (run is null)
            _runs.Remove(runId, task);
        return run;
    }

    private async Task<PreparedRun?> Prepare(string runId)
    {
        var stored = await storedRuns.Read(runId);
        if (stored.Outline is not { } outline)
            return null;
        // Rejected before anything is read or planned: a run on another catalog or model is not this silo's to redo.
        if (outline.CatalogHash != views.Catalog.ContentHash || outline.ModelRevision != ModelRevision.Current)
            throw new WhatIfRejectedException("scenario", $"scenario: run {runId} was made on another catalog or model revision than this server's; run the scenario again");
        if (stored.InputsHash is not { } inputsHash)
            return null;
        var snapshot = await storedRuns.ReadSnapshot(runId);
        if (snapshot is null && stored.State == RunState.Completed)
            throw new WhatIfRejectedException("scenario", $"scenario: run {runId} was stored before runs kept the observations they read; run the scenario again");
        // Started again on new observations: its new snapshot is not what the stored result read.
        if (snapshot?.InputsHash != inputsHash)
            return null;
        var order = new RunOrder(runId, outline.Scenario, outline.CatalogHash, outline.ModelRevision, inputsHash);
        return await prepared.For(order, snapshot);
    }
}
