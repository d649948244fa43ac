namespace Forecast.Contracts;

/// <summary>The traffic light of a target, as every API, report and page spells it.</summary>
public static class Flags
{
    /// <summary>P(meet) at or above the scenario's at-risk threshold (0.8 by default).</summary>
    public const string OnTrack = "on-track";

    /// <summary>P(meet) below the at-risk threshold.</summary>
    public const string AtRisk = "at-risk";

    /// <summary>P(meet) below the likely-missed threshold (0.5 by default).</summary>
    public const string LikelyMissed = "likely-missed";

    /// <summary>Basis none: no probability is given and the pair is counted apart.</summary>
    public const string InsufficientData = "insufficient-data";

    /// <summary>Every flag, worst first, as tables sort them.</summary>
    public static IReadOnlyList<string> All { get; } = [LikelyMissed, AtRisk, OnTrack, InsufficientData];
}
