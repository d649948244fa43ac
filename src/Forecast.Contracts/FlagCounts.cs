namespace Forecast.Contracts;

/// <summary>How many targets carry each light; <paramref name="Met"/> and <paramref name="Missed"/> are settled by recorded outcomes.</summary>
[GenerateSerializer, Immutable, Alias("forecast.FlagCounts")]
public sealed record FlagCounts(
    [property: Id(0)] int OnTrack,
    [property: Id(1)] int AtRisk,
    [property: Id(2)] int LikelyMissed,
    [property: Id(3)] int InsufficientData,
    [property: Id(4)] int Met = 0,
    [property: Id(5)] int Missed = 0)
{
    /// <summary>Goals whose outcome is recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Settled => Met + Missed;

    /// <summary>Goals given a probability.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Forecast => OnTrack + AtRisk + LikelyMissed;
}
