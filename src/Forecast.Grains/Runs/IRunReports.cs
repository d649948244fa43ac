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
    /// One-way: a jurisdiction's run never waits on the run grain, which is itself waiting on the jurisdictions. When a
    /// silo dies, Orleans deactivates every activation whose directory entry that silo held; a run grain deactivating
    /// in the middle of its run holds every call to it until the run ends, so a report that waited for an answer
    /// waited for its own run: the run hung (for the 30 minutes a report may take) and every progress poll with it.
    /// Progress is best-effort; the run's end does not depend on it. A report also never waits behind the thousands of
    /// others of a national run.
    /// </remarks>
    [Alias("ReportDone"), AlwaysInterleave, OneWay]
    Task ReportDone(string jurisdiction, int pairsDone);

    /// <summary>
    /// The run index let this run go (<see cref="RunRetentionOptions.MaxFinishedRuns"/>): unless it was started again
    /// since, it leaves the latest runs of <paramref name="scenarioId"/>, clears its stored state (its jurisdictions'
    /// parts too) and deactivates. One-way, so the index never waits on a run.
    /// </summary>
    [Alias("Forget"), OneWay]
    Task Forget(string scenarioId);
}
