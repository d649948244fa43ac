using Forecast.Contracts;

namespace Forecast.Grains.Rollups;

/// <summary>
/// What a jurisdiction tells its parent about itself and everything below it in one run: the counts a rollup adds
/// up, the per-path met counts (packed), and its worst pairs — never its pairs' raw paths.
/// </summary>
/// <param name="TotalMet">Targets met summed over every path: Σ P(meet) × paths, exact in integers.</param>
[GenerateSerializer, Immutable, Alias("forecast.SubtreeSummary")]
public sealed record SubtreeSummary(
    [property: Id(0)] string Jurisdiction,
    [property: Id(1)] int Targets,
    [property: Id(2)] int Assessed,
    [property: Id(3)] int InsufficientData,
    [property: Id(4)] int Failed,
    [property: Id(5)] long TotalMet,
    [property: Id(6)] PathCounts Counts,
    [property: Id(7)] FlagCounts Flags,
    [property: Id(8)] IReadOnlyList<DomainFlags> ByDomain,
    [property: Id(9)] IReadOnlyList<PairSummary> Worst);
