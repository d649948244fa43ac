using System.Globalization;
using Forecast.Catalog;
using Forecast.Model.Growth;
using Forecast.Model.Random;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// What every kind of planning shares: a pair's points up to the as-of year, the fulfilment priors of its class, the
/// goal's threshold (≈ tolerance, whole units), the scenario's shocks and assumptions, and the step from a fit to the
/// kernel's path model. One per run, read-only once built, so safe from several threads.
/// </summary>
internal sealed class PlanningContext
{
    /// <summary>The seeds are three-year plans (三年实施方案, 2023–2025): a 年均 growth target averages three years.</summary>
    public const int PlanYears = 3;

    private static readonly HashSet<string> ContinuousUnits = new(StringComparer.Ordinal)
    {
        "公里", "千米", "米", "平方米", "万平方米", "亩", "公顷", "吨", "万吨", "元", "万元", "亿元", "元/月", "元/年", "%", "个百分点", "倍", "小时", "天", "岁", "年", "微克/立方米",
    };

    private readonly IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> _observations;
    private readonly Dictionary<ScenarioShock, HashSet<string>> _shockScopes;

    public PlanningContext(ForecastCatalog catalog, IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations, ForecastPriors priors, ForecastSettings settings)
    {
        Catalog = catalog;
        _observations = observations;
        Priors = priors;
        Settings = settings;
        _shockScopes = settings.Shocks.ToDictionary(
            s => s,
            s => s.Jurisdiction is null ? [] : catalog.Subtree(s.Jurisdiction).Select(j => j.Id).ToHashSet(StringComparer.Ordinal));
        Pooled = new PooledEvidence(this);
        BaseRates = new BaseRates(this);
        Fulfilments = new FulfilmentEvidence(this);
    }

    public ForecastCatalog Catalog { get; }

    public ForecastPriors Priors { get; }

    public ForecastSettings Settings { get; }

    public PooledEvidence Pooled { get; }

    public BaseRates BaseRates { get; }

    public FulfilmentEvidence Fulfilments { get; }

    /// <summary>The figure a pair is judged on: its latest target, else its latest commitment; null where it has neither.</summary>
    public static Figure? GoalOf(ForecastCatalog catalog, PairId pair)
    {
        var figures = catalog.FiguresOf(pair);
        return figures.Where(f => f.Role == FigureRole.Target).MaxBy(f => f.Year)
            ?? figures.Where(f => f.Role == FigureRole.Commitment).MaxBy(f => f.Year);
    }

    /// <summary>
    /// Baselines, commitments read as planned, and observations up to the as-of year, one a year. A pair judged on a
    /// commitment does not count that commitment as evidence of itself.
    /// </summary>
    public List<DataPoint> PointsOf(PairId pair, Figure goal)
    {
        // A stock at a year's end is a level's figure; a flow's is the year's amount, never a running stock.
        var flow = Catalog.Indicator(pair.Indicator).IsFlow;
        var observed = Observed(pair).Where(p => !flow || p.Period is not { Kind: ObservationPeriodKind.Stock }).ToList();
        return GrowthAnalyzer.Points(FiguresFor(pair, goal).Where(f => f.Role != FigureRole.Target).ToList(), observed).Where(p => p.Year <= Settings.AsOfYear).ToList();
    }

    /// <summary>The pair's figures, with a commitment that is itself the goal standing as the target and nothing else.</summary>
    public IReadOnlyList<Figure> FiguresFor(PairId pair, Figure goal) =>
        goal.Role == FigureRole.Commitment
            ? Catalog.FiguresOf(pair).Where(f => f.Role == FigureRole.Baseline).Append(goal with { Role = FigureRole.Target }).ToList()
            : Catalog.FiguresOf(pair);

    /// <summary>
    /// The pair's recorded figures as the model reads them: a superseded figure gives way to its replacement; a
    /// preliminary one (a first half, a figure to date) is not the year's and is left out; an estimate (预计, 左右) is
    /// <see cref="PointBasis.Estimated"/>, which narrows a forecast but never settles it; totals since a named year are
    /// read apart (<see cref="RecordedTotals"/>).
    /// </summary>
    public IReadOnlyList<DataPoint> Observed(PairId pair) =>
        Recorded(pair).Where(p => p.Period is null or { Kind: not ObservationPeriodKind.Since }).ToList();

    /// <summary>Final recorded totals since a named year (<c>since-2023</c>), up to the as-of year, oldest first.</summary>
    public IReadOnlyList<DataPoint> RecordedTotals(PairId pair, int since) =>
        Recorded(pair).Where(p => p.Basis == PointBasis.Observed && p.Period is { Kind: ObservationPeriodKind.Since } period && period.SinceYear == since && p.Year <= Settings.AsOfYear).OrderBy(p => p.Year).ToList();

    private IEnumerable<DataPoint> Recorded(PairId pair) =>
        (_observations.TryGetValue(pair, out var points) ? points : [])
            .Where(p => !p.Superseded && p.Status != ObservationStatus.Preliminary)
            .Select(p => p.Basis == PointBasis.Observed && p.Status == ObservationStatus.Estimated ? p with { Basis = PointBasis.Estimated } : p);

    /// <summary>A final recorded figure for the goal's own year, which settles it.</summary>
    public DataPoint? Settling(PairId pair, Figure goal) =>
        Observed(pair).Where(p => p.Year == goal.Year && p.Year <= Settings.AsOfYear && p.Basis == PointBasis.Observed).LastOrDefault();

    /// <summary>A figure that stands as fact on every path: a final recorded one, or a baseline the text implies exactly.</summary>
    public static bool IsFact(DataPoint point) => point.Basis is PointBasis.Observed or PointBasis.Baseline;

    /// <summary>
    /// The yearly and persistent spreads of fulfilment for a pair's method, scaled by its class; the class's centre.
    /// Both as the recorded outcomes of the class's other pairs estimate them (the priors, where none is recorded).
    /// </summary>
    public Fulfilment FulfilmentOf(PairId pair, Indicator indicator, TrajectoryMethod method)
    {
        var @class = Fulfilments.Estimate(Priors.ClassOf(indicator), pair);
        return new Fulfilment(@class, Priors.Spread[method] * @class.Scale, Priors.Persistent[method] * @class.Scale);
    }

    /// <summary>Whole units (pilots, hospitals, events): counted in a unit nobody delivers a fraction of, with a whole-number goal.</summary>
    public static bool IsWholeUnits(Indicator indicator, Figure goal) =>
        indicator.Kind is IndicatorKind.Count or IndicatorKind.Cumulative or IndicatorKind.Annual
        && !ContinuousUnits.Contains(indicator.Unit)
        && goal.Value == Math.Floor(goal.Value);

    /// <summary>
    /// The value a path must reach, in the unit: the figure, moved by the ≈ tolerance toward the lenient side for a
    /// 左右 / 力争 / 约 target, and half a unit toward it for whole units (a path of 14.6 pilots is 15).
    /// </summary>
    public double ThresholdValue(Indicator indicator, Figure goal, bool meetsAbove)
    {
        var value = goal.Value;
        if (goal.Comparator == Comparator.About)
            value *= meetsAbove ? 1 - Priors.AboutTolerance : 1 + Priors.AboutTolerance;
        if (IsWholeUnits(indicator, goal))
            value = meetsAbove ? Math.Ceiling(value - 1e-9) - 0.5 : Math.Floor(value + 1e-9) + 0.5;
        return value;
    }

    /// <summary>Does a recorded value meet the goal: the comparator, with the ≈ tolerance.</summary>
    public bool Meets(Indicator indicator, Figure goal, double value)
    {
        var above = MeetsAbove(indicator, goal);
        if (goal.Comparator == Comparator.About)
            return above ? value >= goal.Value * (1 - Priors.AboutTolerance) : value <= goal.Value * (1 + Priors.AboutTolerance);
        return GrowthAnalyzer.Meets(indicator, goal, value);
    }

    /// <summary>Up and hold targets are met from above, down targets from below (−∞ meets only an at-most target).</summary>
    public static bool MeetsAbove(Indicator indicator, Figure goal) => !GrowthAnalyzer.Meets(indicator, goal, double.NegativeInfinity);

    /// <summary>
    /// The priors' loadings of an indicator, in the units of <paramref name="method"/>'s space: a factor's spread is
    /// stated for amounts (ln units, "±5 % of what budgets can build"), so in another space it is scaled by the ratio
    /// of the two spaces' yearly spreads (a rate's ln(1 + g) moves far less in a year than an amount's log).
    /// </summary>
    public FactorLoading[] LoadingsOf(Indicator indicator, TrajectoryMethod method)
    {
        var scale = method is TrajectoryMethod.Pace or TrajectoryMethod.LogLinear ? 1 : Priors.Spread[method] / Priors.Spread[TrajectoryMethod.Pace];
        return Priors.LoadingsOf(indicator).Select(l => l with { Beta = l.Beta * scale }).ToArray();
    }

    /// <summary>The path model from a fit: the shifts plus the scenario's shocks year by year, the loadings from the priors.</summary>
    public PathModel Model(PairPlan plan, PathPlan path)
    {
        var loadings = path.Loadings ?? Priors.LoadingsOf(plan.Indicator);
        var shift = new double[path.Shifts.Length];
        for (var s = 0; s < shift.Length; s++)
            shift[s] = path.Shifts[s] + (ShockIn(plan, loadings, path.FirstYear + s) * (path.StepScale?[s] ?? 1));
        return new PathModel(
            CounterRandom.StreamOf(path.StreamOf ?? plan.Pair.ToString()),
            path.Shape,
            path.FirstYear,
            path.Start,
            shift,
            path.Spread,
            loadings,
            path.Threshold,
            MeetsAbove(plan.Indicator, plan.Goal),
            path.Transform,
            path.Scale,
            plan.Goal.Value)
        {
            // A spread the scenario states is the pair's whole own spread: it replaces the persistent part too.
            Persistent = Settings.PairSpreads.ContainsKey(plan.Pair) ? 0 : path.Persistent,
            Integral = IsWholeUnits(plan.Indicator, plan.Goal),
            StepScale = path.StepScale,
        };
    }

    /// <summary>The plan with its model, and what the central path and the variance say about what decides it.</summary>
    public PairPlan Simulate(PairPlan plan, TrajectoryFit fit, PathPlan path, bool targetAtBound = false)
    {
        var model = Model(plan, path);
        var loadings = model.Loadings;
        var factors = Priors.CommonFactors;
        var factorVariances = loadings.Select(l => Math.Pow(l.Beta * factors[l.Factor].Spread, 2)).ToArray();
        var own = (model.Spread * model.Spread) + (model.Persistent * model.Persistent);
        var total = own + factorVariances.Sum();
        var dominant = factorVariances.Length > 0 && factorVariances.Max() > own
            ? factors[loadings[Array.IndexOf(factorVariances, factorVariances.Max())].Factor].Name
            : null;
        var shocks = Settings.Shocks.Where(s => Reaches(s, plan, loadings)).Select(s => s.Name).ToList();
        var centreShocked = Centre(model, model.Shift.Select((v, s) => v - path.CorrectionAt(s)).ToArray());
        var centreBare = Centre(model, model.Shift.Select((v, s) => v - path.CorrectionAt(s) - (ShockIn(plan, loadings, model.FirstYear + s) * (path.StepScale?[s] ?? 1))).ToArray());
        return plan with
        {
            Fit = fit,
            Model = model,
            CentreValue = model.ToValue(centreShocked),
            CentreMeets = Meets(model, centreShocked),
            CentreMeetsWithoutShocks = Meets(model, centreBare),
            Shocks = shocks,
            OwnVarianceShare = total > 0 ? own / total : 1,
            DominantFactor = dominant,
            TargetAtBound = targetAtBound,
            OwnShifts = path.Shifts.Select((v, s) => v - path.CorrectionAt(s)).ToArray(),
        };

        // A centre that lands on the target to rounding (a pace planned exactly to the target) counts as meeting it.
        static bool Meets(PathModel m, double state)
        {
            var tolerance = 1e-9 * Math.Max(1, Math.Abs(m.Threshold));
            return m.MeetsAbove ? state >= m.Threshold - tolerance : state <= m.Threshold + tolerance;
        }
    }

    /// <summary>The central path at the target year: every draw at zero.</summary>
    private static double Centre(PathModel model, double[] shift) => model.Shape switch
    {
        PathShape.Level => model.Start + shift.Sum(),
        PathShape.FlowTotal => model.Start + shift.Sum(Math.Exp),
        _ => model.MeetsAbove ? shift.Min() : shift.Max(),
    };

    /// <summary>Settled by a recorded figure of the goal's year: met or missed, by how much.</summary>
    public PairPlan Settle(PairPlan plan, DataPoint point) => plan with
    {
        // Settled, a goal is no nowcast: its outcome is recorded (by its year, or early by a total that reached it).
        Nowcast = false,
        Settled = Meets(plan.Indicator, plan.Goal, point.Value),
        SettledValue = point.Value,
        Fit = new TrajectoryFit(TrajectoryMethod.Linear, ForecastBasis.Observed, 0, 0, false, point, [point], $"settled by {Describe(point)}", $"已由{point.Year}年实际数据确定"),
    };

    /// <summary>No basis: why, and the one figure that would decide it.</summary>
    public static PairPlan Gap(PairPlan plan, string zh, string en) => plan with { Gap = new Reason(zh, en) };

    public double ShockIn(PairPlan plan, FactorLoading[] loadings, int year)
    {
        var total = 0.0;
        foreach (var shock in Settings.Shocks)
        {
            if (year < shock.FromYear || year > shock.ToYear || !InScope(shock, plan))
                continue;
            if (shock.Factor is not null)
            {
                foreach (var l in loadings)
                {
                    if (Priors.CommonFactors[l.Factor].Name == shock.Factor)
                        total += l.Beta * shock.Shift;
                }
            }
            else if (Names(shock, plan))
            {
                total += shock.Shift;
            }
        }

        return total;
    }

    private bool Reaches(ScenarioShock shock, PairPlan plan, FactorLoading[] loadings) =>
        InScope(shock, plan) && (shock.Factor is null ? Names(shock, plan) : loadings.Any(l => Priors.CommonFactors[l.Factor].Name == shock.Factor));

    private bool InScope(ScenarioShock shock, PairPlan plan) => shock.Jurisdiction is null || _shockScopes[shock].Contains(plan.Pair.Jurisdiction);

    private static bool Names(ScenarioShock shock, PairPlan plan) =>
        (shock.Domain is null || shock.Domain == plan.Indicator.Domain) && (shock.Indicator is null || shock.Indicator == plan.Indicator.Id);

    public TrendAssumption? Assumed(PairId pair) =>
        Settings.PairTrends.TryGetValue(pair, out var rate) ? new TrendAssumption(pair.Indicator, pair.Jurisdiction, rate) :
        Settings.Trends.Where(t => t.Indicator == pair.Indicator && (t.Jurisdiction is null || Catalog.Subtree(t.Jurisdiction).Any(j => j.Id == pair.Jurisdiction)))
            .OrderBy(t => t.Jurisdiction is null ? 1 : 0)
            .FirstOrDefault();

    /// <summary>A spread the scenario states for the pair replaces the data's and the priors', and says so.</summary>
    public (double Spread, bool FromData, string Note) StatedSpread(PairId pair, double spread, bool fromData) =>
        Settings.PairSpreads.TryGetValue(pair, out var stated)
            ? (stated, false, "; spread stated by the scenario (an assumption), in place of the priors' yearly and persistent parts")
            : (spread, fromData, (fromData ? "; yearly spread estimated from the points" : "; spreads from the priors (an assumption)") + Fulfilments.NoteOn(Priors.ClassOf(Catalog.Indicator(pair.Indicator)), pair));

    public bool IsAncestorOrDescendant(string a, string b) =>
        Catalog.Subtree(a).Any(j => j.Id == b) || Catalog.Subtree(b).Any(j => j.Id == a);

    public static string Describe(DataPoint p) => $"{p.Year} {F(p.Value)} {p.Basis.ToString().ToLowerInvariant()}";

    public static string ZhBasis(PointBasis basis) => basis switch
    {
        PointBasis.Observed => "实际",
        PointBasis.Planned => "计划",
        PointBasis.Estimated => "预计",
        _ => "基线",
    };

    /// <summary>A span of years as a planner writes it: "2023–2025", and a single year alone ("2023", never "2023–2023").</summary>
    public static string Span(int from, int to) => from == to ? $"{from}" : $"{from}–{to}";

    public static string F(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Pct(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
