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
    /// <summary>The key of the persistent draw in place of a year: no path simulates year 0.</summary>
    public const int PersistentStep = 0;

    /// <summary>
    /// The standard deviation of the persistent part of fulfilment: one draw per path, added to every year's increment
    /// (for flows, every year's planned amount is multiplied by the same R on a path). Zero for none.
    /// </summary>
    public double Persistent { get; init; }

    /// <summary>
    /// Per simulated year, what the year's draw (own, persistent and factors) is multiplied by: 0 for a year whose figure
    /// is recorded, so that it stands as fact inside the simulated span; null for 1 every year.
    /// </summary>
    public double[]? StepScale { get; init; }

    /// <summary>Whole units (pilots, hospitals): values are rounded to integers, and the threshold sits half a unit below the target.</summary>
    public bool Integral { get; init; }

    public int Steps => Shift.Length;

    public int TargetYear => FirstYear + Shift.Length - 1;

    /// <summary>The state mapped to the indicator's unit (by the kernel's own arithmetic, so every width agrees).</summary>
    public double ToValue(double state)
    {
        var value = LaneMath.ToValue(ScalarLanes.Create(state), Transform, TransformScale).Value;
        return Integral ? Math.Round(value) : value;
    }
}
