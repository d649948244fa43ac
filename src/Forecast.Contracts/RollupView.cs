namespace Forecast.Contracts;

/// <summary>
/// A jurisdiction and everything below it, for one run: how many targets are assessed, how many are expected to be met,
/// and how that number spreads across paths, so a shared shock that moves many targets at once shows in the spread.
/// </summary>
/// <param name="Assessed">Targets with a probability; those with basis none are counted in <see cref="InsufficientData"/> only.</param>
/// <param name="ExpectedMet">Σ P(meet) over the assessed targets.</param>
/// <param name="MetDistribution">Element k: the share of paths on which exactly k assessed targets are met (length Assessed + 1).</param>
/// <param name="Worst">The assessed targets least likely to be met, lowest P(meet) first (at most ten).</param>
[GenerateSerializer, Immutable, Alias("forecast.RollupView")]
public sealed record RollupView(
    [property: Id(0)] string RunId,
    [property: Id(1)] string ScenarioId,
    [property: Id(2)] string Jurisdiction,
    [property: Id(3)] int Paths,
    [property: Id(4)] int Targets,
    [property: Id(5)] int Assessed,
    [property: Id(6)] int InsufficientData,
    [property: Id(7)] double ExpectedMet,
    [property: Id(8)] IReadOnlyList<double> MetDistribution,
    [property: Id(9)] FlagCounts Flags,
    [property: Id(10)] IReadOnlyList<DomainFlags> ByDomain,
    [property: Id(11)] IReadOnlyList<PairSummary> Worst,
    [property: Id(12)] IReadOnlyList<AdditiveShare> AdditiveShares);
