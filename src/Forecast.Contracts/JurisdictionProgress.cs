namespace Forecast.Contracts;

/// <summary>One jurisdiction's own pairs done of its total.</summary>
[GenerateSerializer, Immutable, Alias("forecast.JurisdictionProgress")]
public sealed record JurisdictionProgress(
    [property: Id(0)] string Jurisdiction,
    [property: Id(1)] int PairsDone,
    [property: Id(2)] int PairsTotal);
