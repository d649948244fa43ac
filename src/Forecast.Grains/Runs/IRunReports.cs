using Orleans.Concurrency;
using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>Where the jurisdictions of a run report as they finish: the run grain, keyed by run id.</summary>
[Alias("forecast.IRunReports")]
public interface IRunReports : IGrainWithStringKey
{
    /// <summary>A jurisdiction's own pairs are done (forecast or failed): progress moves.</summary>
    [Alias("ReportPairs"), AlwaysInterleave]
    Task ReportPairs(string jurisdiction, IReadOnlyList<PairForecastView> pairs, IReadOnlyList<PairFailure> failures);

    /// <summary>A jurisdiction's subtree is done and rolled up.</summary>
    [Alias("ReportRollup"), AlwaysInterleave]
    Task ReportRollup(RollupView rollup);
}
