namespace Forecast.Model.Growth;

/// <summary>
/// Progress toward a quantified target, with the thresholds of Eurostat's SDG progress method for indicators with
/// quantitative targets: the ratio of the actual to the required growth rate is at least 95 % (on track, Eurostat's
/// "significant progress"), 60–95 % (moderate), 0–60 % (insufficient), or below 0 (movement away from the target).
/// Source: Eurostat, "Sustainable development in the European Union — Monitoring report on progress towards the SDGs
/// in an EU context", methodological annex ("Assessment of progress for indicators with quantitative targets").
/// The thresholds are Eurostat's; the ratio they are applied to is not computed as Eurostat computes it, in the ways
/// <see cref="ProgressThresholds.Deviations"/> lists.
/// </summary>
public enum ProgressCategory
{
    /// <summary>The latest point already meets the target.</summary>
    Met,

    /// <summary>Actual/required ≥ 0.95.</summary>
    OnTrack,

    /// <summary>0.60 ≤ actual/required &lt; 0.95.</summary>
    Moderate,

    /// <summary>0 ≤ actual/required &lt; 0.60.</summary>
    Insufficient,

    /// <summary>Actual/required &lt; 0: moving the wrong way.</summary>
    MovingAway,

    /// <summary>The target year is reached (by observation or plan) and the target is not met.</summary>
    NotMet,

    /// <summary>No rate can be compared: no target, no latest point, or no earlier point to measure a rate from.</summary>
    NotAssessable,
}

public static class ProgressThresholds
{
    /// <summary>
    /// Where the ratio the thresholds are applied to differs from Eurostat's, one sentence each; the growth table's
    /// legend and the README print them. Eurostat (and Open SDG after it) take the actual and the required compound
    /// rate from the same base year, the start of the last five years.
    /// </summary>
    public static IReadOnlyList<string> Deviations { get; } =
    [
        "required is what the target needs from the latest point (\"needs X/yr from now\"); Eurostat takes actual and required rates from the same base year",
        "achieved runs from the earliest point (baseline, plan or observation) to the latest; Eurostat uses the last five years",
        "shares in % move in percentage points a year; Eurostat uses compound rates for every indicator",
        "flows (cumulative, count, annual) compare paces in units a year; a level with a zero or less among its figures is in units a year on both sides, since no compound rate exists",
        "a figure that is itself a rate (年均增长6%), or a % set for each year (年度增长不低于3.5%, 毕业去向落实率90%), is compared on its value, in %: not as a rate of a rate (%/yr)",
        "met (the latest point meets the target, or is within 1e-9 of it) and not met (the target year is reached short of it) are categories of our own, outside the ratio",
    ];

    public const double OnTrack = 0.95;
    public const double Moderate = 0.60;

    public static ProgressCategory FromRatio(double ratio) => ratio switch
    {
        >= OnTrack => ProgressCategory.OnTrack,
        >= Moderate => ProgressCategory.Moderate,
        >= 0 => ProgressCategory.Insufficient,
        _ => ProgressCategory.MovingAway,
    };
}
