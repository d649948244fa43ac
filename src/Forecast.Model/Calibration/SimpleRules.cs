using Forecast.Model.Growth;

namespace Forecast.Model.Calibration;

/// <summary>The simple rules a forecast must beat, as probabilities.</summary>
public static class SimpleRules
{
    /// <summary>"The plan is always met": certainty where the plan's own path meets the goal, none where it does not.</summary>
    public static double PlanAlwaysMet(bool planMeets) => planMeets ? 1 : 0;

    /// <summary>
    /// The growth table's category read as a probability, at the middle of what each category claims: met 1, on track
    /// (≥ 95 % of the required rate) 0.9, moderate (60–95 %) 0.5, insufficient (0–60 %) 0.1, moving away 0, not met 0;
    /// not assessable 0.5 (no claim).
    /// </summary>
    public static double OfCategory(ProgressCategory category) => category switch
    {
        ProgressCategory.Met => 1,
        ProgressCategory.OnTrack => 0.9,
        ProgressCategory.Moderate => 0.5,
        ProgressCategory.Insufficient => 0.1,
        ProgressCategory.MovingAway or ProgressCategory.NotMet => 0,
        _ => 0.5,
    };
}
