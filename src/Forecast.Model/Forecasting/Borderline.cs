namespace Forecast.Model.Forecasting;

/// <summary>Why a light was not decided by P(meet) alone: the kinder light is shown, and the reason says so.</summary>
public enum Borderline
{
    No,

    /// <summary>P(meet) is within its Monte Carlo error of a threshold: the light would be decided by noise.</summary>
    MonteCarlo,

    /// <summary>The plan itself meets the goal exactly (an each-year floor planned at the floor): never "likely missed".</summary>
    PlanOnTheLine,
}
