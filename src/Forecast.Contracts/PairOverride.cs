namespace Forecast.Contracts;

/// <summary>What a scenario states for one pair, in place of what the data would give.</summary>
/// <param name="Pair">"jurisdiction/indicator".</param>
/// <param name="GrowthMean">The trend, in the analyst table's unit (%/yr for levels, pp/yr for shares, unit/yr for flows); the forecast's basis becomes "assumption".</param>
/// <param name="GrowthSpread">The yearly spread in the fit's space, in place of the priors' or the data's.</param>
/// <param name="Observations">Extra observations for this run only, each with its source.</param>
[GenerateSerializer, Immutable, Alias("forecast.PairOverride")]
public sealed record PairOverride(
    [property: Id(0)] string Pair,
    [property: Id(1)] double? GrowthMean,
    [property: Id(2)] double? GrowthSpread,
    [property: Id(3)] IReadOnlyList<ObservationInput> Observations);
