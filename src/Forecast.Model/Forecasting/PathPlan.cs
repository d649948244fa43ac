using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>What a kind's planning decides for the kernel, before the scenario's shocks are added.</summary>
/// <param name="Shifts">Per simulated year from <paramref name="FirstYear"/>: the median increment, or the median log amount.</param>
/// <param name="Threshold">The goal in the state's space.</param>
/// <param name="Loadings">The common factors it loads on; null for the priors' loadings of its indicator.</param>
/// <param name="StreamOf">The pair whose random stream the paths draw on; null for its own (a linked pair shares its partner's).</param>
internal sealed record PathPlan(
    PathShape Shape,
    int FirstYear,
    double Start,
    double[] Shifts,
    double Spread,
    double Persistent,
    double Threshold,
    ValueTransform Transform,
    double Scale)
{
    public FactorLoading[]? Loadings { get; init; }

    public string? StreamOf { get; init; }

    /// <summary>How far the shifts sit from the plan's own path (a total's median correction): taken off for the central path.</summary>
    public double CentreCorrection { get; init; }

    /// <summary>Per year, 0 where the figure is recorded (it stands as fact), 1 where it is drawn; null for every year drawn.</summary>
    public double[]? StepScale { get; init; }

    /// <summary>The correction taken off year <paramref name="step"/>'s shift for the central path: none on a recorded year.</summary>
    public double CorrectionAt(int step) => CentreCorrection * (StepScale?[step] ?? 1);
}
