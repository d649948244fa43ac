using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// Everything the kernel needs to simulate one pair, in the fit's own space: numbers only, so the kernel never looks
/// at the catalog. Built by <see cref="Forecasting.PairPlanner"/>.
/// </summary>
/// <param name="Stream">The pair's random stream (from its id), so its draws do not depend on which other pairs run.</param>
/// <param name="FirstYear">The first simulated year (the year after the latest point).</param>
/// <param name="Start">The state before <paramref name="FirstYear"/>: a transformed level, or the flow achieved so far.</param>
/// <param name="Shift">Per simulated year: the mean increment of a level, or the mean log flow, shocks included.</param>
/// <param name="Spread">The standard deviation of the pair's own yearly draw.</param>
/// <param name="Threshold">The target in the state's space.</param>
/// <param name="MeetsAbove">True where a path meets the target at or above the threshold (up targets).</param>
/// <param name="TransformScale">The bound for <see cref="ValueTransform.Logistic"/>; the number of years averaged for <see cref="ValueTransform.AverageRate"/>.</param>
public sealed record PathModel(
    ulong Stream,
    PathShape Shape,
    int FirstYear,
    double Start,
    double[] Shift,
    double Spread,
    FactorLoading[] Loadings,
    double Threshold,
    bool MeetsAbove,
    ValueTransform Transform,
    double TransformScale,
    double Target)
{
    public int Steps => Shift.Length;

    public int TargetYear => FirstYear + Shift.Length - 1;

    /// <summary>The state mapped to the indicator's unit (by the kernel's own arithmetic, so every width agrees).</summary>
    public double ToValue(double state) => LaneMath.ToValue(ScalarLanes.Create(state), Transform, TransformScale).Value;
}
