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

    private readonly Lock _gate = new();
    private readonly LinkedList<(string RunId, Task<Entry?> Run)> _runs = [];

    /// <summary>The run made ready; null where the run has no stored result.</summary>
    /// <exception cref="WhatIfRejectedException">The run was made on another catalog or model revision than this silo's.</exception>
    public async Task<PreparedRun?> For(string runId, Func<Task<RunOrder?>> order)
    {
        Task<Entry?> task;
        lock (_gate)
        {
            var node = _runs.First;
            while (node is not null && node.Value.RunId != runId)
                node = node.Next;
            if (node is null)
            {
                node = _runs.AddFirst((runId, Prepare(order)));
                if (_runs.Count > Capacity)
                    _runs.RemoveLast();
            }
            else if (node != _runs.First)
            {
                _runs.Remove(node);
                _runs.AddFirst(node);
            }

            task = node.Value.Run;
        }

        Entry? entry;
        try
        {
            entry = await task;
        }
        catch
        {
            Forget(runId, task);
            throw;
        }

        if (entry is null)
        {
            // Not stored yet (or forgotten): ask again next time rather than remember the absence.
            Forget(runId, task);
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

    private void Forget(string runId, Task<Entry?> task)
    {
        lock (_gate)
        {
            for (var node = _runs.First; node is not null; node = node.Next)
            {
                if (node.Value.RunId == runId && node.Value.Run == task)
                {
                    _runs.Remove(node);
                    return;
                }
            }
        }
    }

    // The order is held here so that the prepared run it keys stays in PreparedRuns' weak table while it is kept.
    private sealed record Entry(RunOrder Order, PreparedRun Run);
}
