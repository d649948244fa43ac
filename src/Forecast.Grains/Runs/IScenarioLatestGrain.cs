using Orleans.Concurrency;

namespace Forecast.Grains.Runs;

/// <summary>
/// Which runs of a scenario completed last, keyed by the scenario's id ("baseline"): jurisdictions and pairs answer
/// "the latest completed run of scenario X" through it, so a run stores its result once, in its own grain.
/// </summary>
[Alias("forecast.IScenarioLatestGrain")]
public interface IScenarioLatestGrain : IGrainWithStringKey
{
    /// <summary>The latest completed run whose scope holds <paramref name="jurisdiction"/>; null if none.</summary>
    [Alias("GetRunId"), ReadOnly]
    Task<string?> GetRunId(string jurisdiction);

    /// <summary>A run of this scenario completed, over the scope below <paramref name="scopeRoots"/>.</summary>
    [Alias("Completed")]
    Task Completed(string runId, IReadOnlyList<string> scopeRoots, DateTimeOffset completedAt);

    /// <summary>The run is forgotten (<see cref="IRunReports.Forget"/>); a scenario left with none clears its state.</summary>
    [Alias("Forget")]
    Task Forget(string runId);
}
