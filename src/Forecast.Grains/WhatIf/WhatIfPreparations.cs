using Forecast.Contracts;
using Forecast.Grains.Runs;
using Forecast.Model;

namespace Forecast.Grains.WhatIf;

/// <summary>
/// The runs this silo has made ready for what-ifs, by run id: the first what-if on a run fetches its order from the
/// run grain and plans it once; every later one, on any pair of the run, reuses it, so a warm what-if is one pair's
/// Monte Carlo. Bounded: the least recently used run goes first.
/// </summary>
public sealed class WhatIfPreparations(PreparedRuns prepared, Views.CatalogViews views)
{
    /// <summary>Runs kept: the scenarios a dashboard shows at once, with room to spare.</summary>
    public const int Capacity = 8;

    private readonly RecentlyUsed<Task<Entry?>> _runs = new(Capacity);

    /// <summary>The run made ready; null where the run has no stored result.</summary>
    /// <exception cref="WhatIfRejectedException">The run was made on another catalog or model revision than this silo's.</exception>
    public async Task<PreparedRun?> For(string runId, Func<Task<RunOrder?>> order)
    {
        var task = _runs.GetOrAdd(runId, () => Prepare(order));
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

    private async Task<Entry?> Prepare(Func<Task<RunOrder?>> order)
    {
        var fetched = await order();
        return fetched is null ? null : new Entry(fetched, prepared.For(fetched));
    }

    // The order is kept for its catalog hash and model revision, checked on every use.
    private sealed record Entry(RunOrder Order, PreparedRun Run);
}
