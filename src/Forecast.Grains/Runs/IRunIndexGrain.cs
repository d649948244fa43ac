using Orleans.Concurrency;

namespace Forecast.Grains.Runs;

/// <summary>
/// Every run the cluster keeps, and so every scenario that has one: readers check an id against it before they touch a
/// grain, so a request naming a run or scenario that does not exist costs no activation, and it bounds the finished
/// runs kept (<see cref="RunRetentionOptions.MaxFinishedRuns"/>). One grain for the cluster (<see cref="RunIndex.Key"/>):
/// runs are started by hand, so its traffic is a few calls a run.
/// </summary>
[Alias("forecast.IRunIndexGrain")]
public interface IRunIndexGrain : IGrainWithIntegerKey
{
    /// <summary>A run of <paramref name="scenarioId"/> is computing; it is never forgotten while it does.</summary>
    [Alias("Started")]
    Task Started(string runId, string scenarioId);

    /// <summary>A run ended (completed or failed) or was asked for again: it becomes the most recent finished run, and the least recent beyond the bound are forgotten.</summary>
    [Alias("Finished")]
    Task Finished(string runId, string scenarioId);

    /// <summary>The run the server shows by default: kept whatever the bound, until another run of the same scenario is kept instead.</summary>
    [Alias("Keep")]
    Task Keep(string runId, string scenarioId);

    /// <summary>Whether the run is still kept (a forgotten run checks before it clears its state, in case it was started again since).</summary>
    [Alias("IsKept"), ReadOnly]
    Task<bool> IsKept(string runId);

    /// <summary>The runs and scenarios kept; null when they are still those of <paramref name="version"/>.</summary>
    [Alias("GetKept"), ReadOnly]
    Task<RunIndexView?> GetKept(long version);
}

/// <summary>The key of the one <see cref="IRunIndexGrain"/>.</summary>
public static class RunIndex
{
    public const long Key = 0;
}

/// <summary>The ids a reader may ask about, as of <paramref name="Version"/>.</summary>
[GenerateSerializer, Immutable, Alias("forecast.RunIndexView")]
public sealed record RunIndexView(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<string> RunIds,
    [property: Id(2)] IReadOnlyList<string> ScenarioIds);
