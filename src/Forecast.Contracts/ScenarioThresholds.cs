namespace Forecast.Contracts;

/// <summary>Where P(meet) turns a target's light red (likely missed) and amber (at risk).</summary>
[GenerateSerializer, Immutable, Alias("forecast.ScenarioThresholds")]
public sealed record ScenarioThresholds(
    [property: Id(0)] double LikelyMissedBelow = 0.5,
    [property: Id(1)] double AtRiskBelow = 0.8);
