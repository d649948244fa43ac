namespace Forecast.Contracts;

/// <summary>A pair whose computation failed; the rest of the run completed without it.</summary>
[GenerateSerializer, Immutable, Alias("forecast.PairFailure")]
public sealed record PairFailure(
    [property: Id(0)] string Pair,
    [property: Id(1)] string Error);
