using Forecast.Model.Simulation;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A pair's path model seen as a function of one steady pace c (in the model's own space: a log growth, a log amount,
/// an increment): every drawn year's plan shift becomes c, while recorded years stand as fact and the scenario's shocks
/// and a total's median correction stay on top. Paths move monotonically with c, and the pair's seeded stream gives
/// every c the same draws, so P(meet) is a monotone step function of c: what bisection needs.
/// </summary>
internal sealed class PaceFrame
{
    private readonly double[] _own;
    private readonly bool _yearValue;
    private readonly bool[] _varied;

    private PaceFrame(PathModel model, double[] own, PaceMeasure measure, bool yearValue, ISet<int> stated)
    {
        Model = model;
        _own = own;
        Measure = measure;
        _yearValue = yearValue;
        // The pace runs in the years the paths carry a pace into; a year with its own plan figure keeps it (drawn, as
        // plans are), unless every year has one. Recorded years stand as fact.
        _varied = Enumerable.Range(0, model.Steps).Select(s => IsDrawn(model, s) && !stated.Contains(model.FirstYear + s)).ToArray();
        if (!_varied.Contains(true))
            _varied = Enumerable.Range(0, model.Steps).Select(s => IsDrawn(model, s)).ToArray();
        var drawn = Enumerable.Range(0, model.Steps).Where(s => _varied[s]).ToArray();
        DrawnYears = drawn.Length;
        FromYear = drawn.Length > 0 ? model.FirstYear + drawn[0] : model.FirstYear;
        Assumed = drawn.Length > 0 ? drawn.Average(s => own[s]) : 0;
    }

    public PathModel Model { get; }

    public PaceMeasure Measure { get; }

    /// <summary>The first year the pace runs in.</summary>
    public int FromYear { get; }

    /// <summary>The years the pace runs in: drawn, and carried rather than planned year by year.</summary>
    public int DrawnYears { get; }

    /// <summary>The mean of the plan's own shifts over the years the pace runs in, in the model's space.</summary>
    public double Assumed { get; }

    /// <summary>The frame of a plan the paths decide; null where nothing is simulated.</summary>
    public static PaceFrame? Of(PairPlan plan)
    {
        if (plan.Model is not { } model || plan.OwnShifts is not { } own || plan.Settled is not null || plan.Gap is not null)
            return null;
        // A one-year commitment from its base rate has no trend: its pace is the year's own amount.
        var yearValue = plan.Basis == ForecastBasis.BaseRate;
        var stated = plan.Fit?.Points.Where(p => p.Basis is PointBasis.Planned or PointBasis.Estimated).Select(p => p.Year).ToHashSet() ?? [];
        return new PaceFrame(model, own, MeasureOf(model, plan.Indicator.Unit, yearValue), yearValue, stated);
    }

    /// <summary>A frame on a model built by hand (tests, benchmarks): own shifts are the model's shifts, every drawn year carries the pace.</summary>
    public static PaceFrame ForModel(PathModel model, string unit = "") => new(model, model.Shift, MeasureOf(model, unit, false), false, new HashSet<int>());

    private static PaceMeasure MeasureOf(PathModel model, string unit, bool yearValue) => model switch
    {
        { Shape: PathShape.Level, Transform: ValueTransform.AverageRate } => PaceMeasure.PercentPerYear,
        _ when yearValue => PaceMeasure.UnitsPerYear,
        { Shape: PathShape.Level, Transform: ValueTransform.Exp } => PaceMeasure.PercentPerYear,
        { Shape: PathShape.Level, Transform: ValueTransform.Logistic } => PaceMeasure.PointsPerYear,
        { Shape: PathShape.Level } when unit is "%" => PaceMeasure.PointsPerYear,
        _ => PaceMeasure.UnitsPerYear,
    };

    private static bool IsDrawn(PathModel model, int step) => (model.StepScale?[step] ?? 1) != 0;

    /// <summary>The model with the own shift of every year the pace runs in replaced by <paramref name="c"/>.</summary>
    public PathModel At(double c)
    {
        var shift = (double[])Model.Shift.Clone();
        for (var s = 0; s < shift.Length; s++)
        {
            if (_varied[s])
                shift[s] += c - _own[s];
        }

        return Model with { Shift = shift };
    }

    /// <summary>The pace <paramref name="c"/> in planners' terms (<see cref="Measure"/>).</summary>
    public double ToPace(double c)
    {
        if (_yearValue || Model.Transform == ValueTransform.Logistic)
        {
            var end = Model.Start + At(c).Shift.Sum();
            var value = Value(end);
            return _yearValue ? value : (value - Value(Model.Start)) / Model.Steps;
        }

        return Model.Shape != PathShape.Level ? Math.Exp(c)
            : Measure == PaceMeasure.PercentPerYear ? 100 * double.ExpM1(c)
            : c;
    }

    /// <summary>The model's c for a pace in planners' terms; throws where no c gives it (a flow of zero, a fall of 100 %).</summary>
    public double ToState(double pace)
    {
        if (!double.IsFinite(pace))
            throw new ArgumentOutOfRangeException(nameof(pace), pace, "a pace is a finite number");
        if (_yearValue || Model.Transform == ValueTransform.Logistic)
            return Invert(pace);
        if (Model.Shape != PathShape.Level)
            return pace > 0 ? Math.Log(pace) : throw new ArgumentOutOfRangeException(nameof(pace), pace, "a flow's pace is above zero");
        if (Measure == PaceMeasure.PercentPerYear)
            return pace > -100 ? double.LogP1(pace / 100) : throw new ArgumentOutOfRangeException(nameof(pace), pace, "a growth rate is above −100 %");
        return pace;
    }

    private const double StateReach = 60;

    /// <summary>ToPace is increasing in c; bisection finds the c of a pace within the reach of the state's space.</summary>
    private double Invert(double pace)
    {
        double lo = -StateReach, hi = StateReach;
        if (pace < ToPace(lo) || pace > ToPace(hi))
            throw new ArgumentOutOfRangeException(nameof(pace), pace, $"outside what the pair's space can reach ({ToPace(lo):0.###} to {ToPace(hi):0.###})");
        for (var i = 0; i < 200 && hi - lo > 1e-12 * Math.Max(1, Math.Abs(lo)); i++)
        {
            var mid = 0.5 * (lo + hi);
            if (ToPace(mid) < pace)
                lo = mid;
            else
                hi = mid;
        }

        return 0.5 * (lo + hi);
    }

    private double Value(double state) => LaneMath.ToValue(ScalarLanes.Create(state), Model.Transform, Model.TransformScale).Value;
}
