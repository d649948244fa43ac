using Orleans.Concurrency;
using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>The run grain as the other grains see it (keyed by run id): jurisdictions report to it as they finish, pairs read their forecast from it.</summary>
[Alias("forecast.IRunReports")]
public interface IRunReports : IGrainWithStringKey
{
    /// <summary>A jurisdiction's own pairs are done (forecast or failed): progress moves.</summary>
    /// <remarks>
    /// Every jurisdiction of a run reports to this one grain, most of them at about the same time; on a national
    /// catalog (3,000 jurisdictions) the last in the queue waited past the default 30 s and failed the run. The bound
    /// is the run's own (<see cref="IJurisdictionRun.Run"/>).
    /// </remarks>
    [Alias("ReportPairs"), AlwaysInterleave, ResponseTimeout("00:30:00")]
    Task ReportPairs(string jurisdiction, IReadOnlyList<PairForecastView> pairs, IReadOnlyList<PairFailure> failures);

    /// <summary>One pair's forecast in this run's stored result; null before it completes or for a pair it did not forecast.</summary>
    [Alias("GetPairForecast"), AlwaysInterleave]
    Task<PairForecastView?> GetPairForecast(string pair);

    /// <summary>
    /// What the stored result was run from, for a pair's what-if: the scenario, and every forecast pair's observations as
    /// the run read them (each pair's view keeps its own). Null before it completes.
    /// </summary>
    [Alias("GetOrder"), AlwaysInterleave]
    Task<RunOrder?> GetOrder();

    /// <summary>A jurisdiction's rollup in this run's stored result; null before it completes or outside its scope.</summary>
    [Alias("GetRollup"), AlwaysInterleave]
    Task<RollupView?> GetRollup(string jurisdiction);

    /// <summary>
    /// The run index let this run go (<see cref="RunRetentionOptions.MaxFinishedRuns"/>): unless it was started again
    /// since, it leaves the latest runs of <paramref name="scenarioId"/>, clears its stored state and deactivates.
    /// One-way, so the index never waits on a run.
    /// </summary>
    [Alias("Forget"), OneWay]
    Task Forget(string scenarioId);

    /// <summary>A jurisdiction's subtree is done and rolled up.</summary>
    [Alias("ReportRollup"), AlwaysInterleave, ResponseTimeout("00:30:00")]
    Task ReportRollup(RollupView rollup);
}
