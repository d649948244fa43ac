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

    /// <summary>Settled: the goal's year has a final recorded figure that meets it (or a total reached it early). No probability.</summary>
    public const string Met = "met";

    /// <summary>Settled: the goal's year has a final recorded figure that falls short. No probability.</summary>
    public const string Missed = "missed";

    /// <summary>Every flag, worst first, as tables sort them: the settled misses, then the forecasts, then the settled met.</summary>
    public static IReadOnlyList<string> All => Order;

    private static readonly string[] Order = [Missed, LikelyMissed, AtRisk, OnTrack, Met, InsufficientData];

    /// <summary>Where a flag sorts in <see cref="All"/>, worst first; an unknown flag last.</summary>
    public static int Rank(string flag) => Array.IndexOf(Order, flag) is var i and >= 0 ? i : Order.Length;
}
