namespace Forecast.Model.Growth;

/// <summary>
/// Progress toward a quantified target, with the thresholds of Eurostat's SDG progress method for indicators with
/// quantitative targets: the ratio of the actual to the required growth rate is at least 95 % (on track, Eurostat's
/// "significant progress"), 60–95 % (moderate), 0–60 % (insufficient), or below 0 (movement away from the target).
/// Source: Eurostat, "Sustainable development in the European Union — Monitoring report on progress towards the SDGs
/// in an EU context", methodological annex ("Assessment of progress for indicators with quantitative targets").
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
