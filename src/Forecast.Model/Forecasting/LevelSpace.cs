using Forecast.Model.Growth;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>The space a level moves in: log, logit toward its bound, or the value itself.</summary>
internal readonly record struct LevelSpace(TrajectoryMethod Method, double Bound, double Resolution)
{
    /// <summary>How far inside the bound a value at the bound is placed, so its logit stays finite.</summary>
    private double Margin => Resolution / 10;

    public ValueTransform Transform => Method switch
    {
        TrajectoryMethod.LogLinear => ValueTransform.Exp,
        TrajectoryMethod.LogitLinear => ValueTransform.Logistic,
        _ => ValueTransform.Identity,
    };

    public double Scale => Method == TrajectoryMethod.LogitLinear ? Bound : 0;

    public double ToState(double value) => Method switch
    {
        TrajectoryMethod.LogLinear => Math.Log(value),
        TrajectoryMethod.LogitLinear => Logit(Math.Clamp(value, Margin, Bound - Margin) / Bound),
        _ => value,
    };

    /// <summary>A target at the bound is met within half its last stated digit: no path of a logit reaches the bound itself.</summary>
    public bool TargetAtBound(double target) => Method == TrajectoryMethod.LogitLinear && target >= Bound - Margin;

    public double Threshold(double target) => TargetAtBound(target) ? ToState(Bound - Resolution) : ToState(target);

    /// <summary>The drift in this space that an assumed rate (in the analyst's unit) gives from <paramref name="from"/>.</summary>
    public double DriftOfRate(RateMeasure measure, double rate, double from) => (Method, measure) switch
    {
        (TrajectoryMethod.LogLinear, RateMeasure.PercentPerYear) => Math.Log(1 + (rate / 100)),
        (TrajectoryMethod.LogitLinear, _) => ToState(from + rate) - ToState(from),
        (TrajectoryMethod.LogLinear, _) => Math.Log((from + rate) / from),
        _ => rate,
    };

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
