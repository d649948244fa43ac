using Orleans.Concurrency;
using Forecast.Contracts;
using Forecast.Grains.Pairs;
using Forecast.Grains.Rollups;

namespace Forecast.Grains.Runs;

/// <summary>
/// The part of a jurisdiction grain that scenario runs use, kept out of the public contract: clients read
/// <see cref="IJurisdictionGrain"/>; runs and pairs call this.
/// </summary>
[Alias("forecast.IJurisdictionRun")]
public interface IJurisdictionRun : IGrainWithStringKey
{
    /// <summary>Forecasts this jurisdiction's pairs and, in parallel, everything below it; stores its part of the run (its pairs and its rollup) and tells the run how far it came.</summary>
    [Alias("Run"), ResponseTimeout("00:30:00")]
    Task<SubtreeSummary> Run(RunOrder order);

    /// <summary>This jurisdiction's own pairs' observations, for pairs that have any (kept here so a run snapshots the catalog in a call per jurisdiction).</summary>
    [Alias("GetObservations"), AlwaysInterleave]
    Task<IReadOnlyDictionary<string, IReadOnlyList<ObservationView>>> GetObservations();

    /// <summary>One of its own pairs' forecast in run <paramref name="runId"/>; null if the run has none for it.</summary>
    [Alias("GetPairForecast"), AlwaysInterleave]
    Task<PairForecastView?> GetPairForecast(string runId, string pair);

    /// <summary>The run is forgotten: its part goes from storage and from this activation.</summary>
    [Alias("ForgetRun"), AlwaysInterleave]
    Task ForgetRun(string runId);

    /// <summary>A pair of this jurisdiction accepted an observation.</summary>
    [Alias("ObservationsChanged"), AlwaysInterleave]
    Task ObservationsChanged(string pair, VersionedObservations observations);

}
