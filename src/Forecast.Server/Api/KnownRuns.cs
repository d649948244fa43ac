using System.Collections.Concurrent;
using System.Collections.Frozen;
using Forecast.Grains.Runs;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Api;

/// <summary>
/// The runs and scenarios the cluster keeps (<see cref="IRunIndexGrain"/>), as this server last read them, so that a
/// GET naming a run id or a <c>?scenario=</c> that does not exist is answered without touching a grain: each of
/// those had activated one that stayed (20,000 GETs, 20,000 activations). The list is read again at most once every
/// <see cref="ForecastApiOptions.RefreshAfter"/>, and only when it changed, so a flood of unknown ids costs one small
/// call a second; a run started elsewhere (the CLI on the cluster, another server) is found within that time.
/// </summary>
public sealed partial class KnownRuns(IGrainFactory grains, TimeProvider time, IOptions<ForecastApiOptions> options, ILogger<KnownRuns> logger)
{
    private readonly long _refreshTicks = (long)(options.Value.RefreshAfter.TotalSeconds * time.TimestampFrequency);
    private readonly Lock _gate = new();

    // Runs this server started and the index may not list yet (a read already under way when they started).
    private readonly ConcurrentDictionary<string, (string Scenario, long AddedAt)> _added = new(StringComparer.Ordinal);
    private volatile Snapshot _snapshot = Snapshot.Empty;
    private Task? _refresh;

    /// <summary>Whether <paramref name="runId"/> is a run the cluster keeps.</summary>
    public ValueTask<bool> IsRunAsync(string runId) => ContainsAsync(runId, static (s, id) => s.Runs.Contains(id));

    /// <summary>Whether <paramref name="scenarioId"/> has a run the cluster keeps (running or finished).</summary>
    public ValueTask<bool> IsScenarioAsync(string scenarioId) => ContainsAsync(scenarioId, static (s, id) => s.Scenarios.Contains(id));

    /// <summary>The scenarios with a run the cluster keeps, as last read (after <see cref="IsScenarioAsync"/>, fresh).</summary>
    public IReadOnlyCollection<string> Scenarios => _snapshot.Scenarios;

    /// <summary>A run this server just started: known at once, before the next read of the index lists it.</summary>
    public void Added(string runId, string scenarioId)
    {
        _added[runId] = (scenarioId, time.GetTimestamp());
        lock (_gate)
            _snapshot = _snapshot.With(runId, scenarioId);
    }

    private async ValueTask<bool> ContainsAsync(string id, Func<Snapshot, string, bool> contains)
    {
        var snapshot = _snapshot;
        var stale = time.GetTimestamp() - snapshot.ReadAt >= _refreshTicks;
        if (contains(snapshot, id))
        {
            // Known: answer now; a stale list is read again behind this answer (a run may have been forgotten).
            if (stale)
                _ = Refresh();
            return true;
        }

        if (!stale)
            return false;
        await Refresh();
        return contains(_snapshot, id);
    }

    /// <summary>One read at a time; callers arriving meanwhile share it.</summary>
    private Task Refresh()
    {
        lock (_gate)
        {
            if (_refresh is { IsCompleted: false } running)
                return running;
            return _refresh = Read();
        }
    }

    private async Task Read()
    {
        var startedAt = time.GetTimestamp();
        var current = _snapshot;
        RunIndexView? view;
        try
        {
            view = await grains.GetGrain<IRunIndexGrain>(RunIndex.Key).GetKept(current.Version);
        }
        catch (Exception e)
        {
            // Keep answering from what was read last; the next stale lookup tries again.
            LogUnreadable(logger, e);
            lock (_gate)
                _snapshot = _snapshot with { ReadAt = startedAt };
            return;
        }

        lock (_gate)
        {
            var next = view is null ? _snapshot : Snapshot.From(view);
            foreach (var (runId, added) in _added)
            {
                // Added before this read began: the run told the index before its Start answered, so the index lists it.
                if (added.AddedAt < startedAt)
                    _added.TryRemove(runId, out _);
                else
                    next = next.With(runId, added.Scenario);
            }

            _snapshot = next with { ReadAt = startedAt };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The run index could not be read; answering from the runs read before")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    private sealed record Snapshot(long Version, FrozenSet<string> Runs, FrozenSet<string> Scenarios, long ReadAt)
    {
        public static Snapshot Empty { get; } = new(-1, FrozenSet<string>.Empty, FrozenSet<string>.Empty, long.MinValue / 2);

        public static Snapshot From(RunIndexView view) =>
            new(view.Version, view.RunIds.ToFrozenSet(StringComparer.Ordinal), view.ScenarioIds.ToFrozenSet(StringComparer.Ordinal), 0);

        public Snapshot With(string runId, string scenarioId) =>
            Runs.Contains(runId) && Scenarios.Contains(scenarioId)
                ? this
                : this with { Runs = Runs.Append(runId).ToFrozenSet(StringComparer.Ordinal), Scenarios = Scenarios.Append(scenarioId).ToFrozenSet(StringComparer.Ordinal) };
    }
}
