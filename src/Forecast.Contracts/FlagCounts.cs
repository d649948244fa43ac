namespace Forecast.Contracts;

/// <summary>How many targets carry each light.</summary>
[GenerateSerializer, Immutable, Alias("forecast.FlagCounts")]
public sealed record FlagCounts(
    [property: Id(0)] int OnTrack,
    [property: Id(1)] int AtRisk,
    [property: Id(2)] int LikelyMissed,
    [property: Id(3)] int InsufficientData);
