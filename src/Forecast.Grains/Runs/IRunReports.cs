using Orleans.Concurrency;

namespace Forecast.Grains.Runs;

/// <summary>The run grain as the other grains see it (keyed by run id): jurisdictions tell it how far they came.</summary>
[Alias("forecast.IRunReports")]
public interface IRunReports : IGrainWithStringKey
{
    /// <summary>
    /// A jurisdiction's own pairs are done (forecast or failed) and stored with it: progress moves. A count, not the
    /// pairs: the jurisdiction keeps its part of the result (<see cref="IJurisdictionRun"/>).
    /// </summary>
    /// <remarks>
    /// Every jurisdiction of a run reports to this one grain, most of them at about the same time; on a national
    /// catalog (3,000 jurisdictions) the last in the queue waited past the default 30 s and failed the run. The bound
    /// is the run's own (<see cref="IJurisdictionRun.Run"/>).
    /// </remarks>
    [Alias("ReportDone"), AlwaysInterleave, ResponseTimeout("00:30:00")]
    Task ReportDone(string jurisdiction, int pairsDone);

    /// <summary>
    /// The run index let this run go (<see cref="RunRetentionOptions.MaxFinishedRuns"/>): unless it was started again
    /// since, it leaves the latest runs of <paramref name="scenarioId"/>, clears its stored state (its jurisdictions'
    /// parts too) and deactivates. One-way, so the index never waits on a run.
    /// </summary>
    [Alias("Forget"), OneWay]
    Task Forget(string scenarioId);
}
