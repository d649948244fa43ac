namespace Forecast.Contracts;

/// <summary>What one jurisdiction computed in one run: its own pairs' forecasts and failures, and the rollup of its subtree.</summary>
/// <param name="Pairs">Its own pairs forecast, in catalog order.</param>
[GenerateSerializer, Immutable, Alias("forecast.JurisdictionRunPart")]
public sealed record JurisdictionRunPart(
    [property: Id(0)] string RunId,
    [property: Id(1)] string Jurisdiction,
    [property: Id(2)] IReadOnlyList<PairForecastView> Pairs,
    [property: Id(3)] IReadOnlyList<PairFailure> Failures,
    [property: Id(4)] RollupView Rollup);
