using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>A jurisdiction's stored results: per scenario, the latest run that reached it and its rollup (pairs' forecasts stay in the run's result).</summary>
[GenerateSerializer, Alias("forecast.JurisdictionState")]
public sealed class JurisdictionState
{
    [Id(0)]
    public Dictionary<string, LatestRun> Scenarios { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer, Immutable, Alias("forecast.LatestRun")]
public sealed record LatestRun(
    [property: Id(0)] string RunId,
    [property: Id(1)] RollupView Rollup);
