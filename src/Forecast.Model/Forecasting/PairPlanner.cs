using System.Globalization;
using Forecast.Catalog;
using Forecast.Model.Growth;
using Forecast.Model.Random;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// Turns each pair's figures into a trajectory fit and a path model: the method by kind, the trend from the pair's own
/// points (least squares with three or more), else from the same indicator elsewhere (pooled), else from the
/// scenario (assumption), else none — never an invented trend.
/// </summary>
internal sealed class PairPlanner
{
    /// <summary>The seeds are three-year plans (三年实施方案, 2023–2025): a 年均 growth target averages three years.</summary>
    public const int PlanYears = 3;

    private readonly ForecastCatalog _catalog;
    private readonly IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> _observations;
    private readonly ForecastPriors _priors;
    private readonly ForecastSettings _settings;
    private readonly Dictionary<ScenarioShock, HashSet<string>> _shockScopes;
    private readonly PooledTrends _pooled;

    public PairPlanner(ForecastCatalog catalog, IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations, ForecastPriors priors, ForecastSettings settings)
    {
        _catalog = catalog;
        _observations = observations;
        _priors = priors;
        _settings = settings;
        _shockScopes = settings.Shocks.ToDictionary(
            s => s,
            s => s.Jurisdiction is null ? [] : catalog.Subtree(s.Jurisdiction).Select(j => j.Id).ToHashSet(StringComparer.Ordinal));

        // Pooled trends come from the pairs whose own points give one.
        _pooled = new PooledTrends();
        foreach (var pair in catalog.Pairs)
        {
            if (Goal(pair) is { } goal)
                _pooled.Add(pair, catalog.Indicator(pair.Indicator), goal, PointsOf(pair, goal));
        }
    }

    /// <summary>The figure a pair is judged on: its latest target, else its latest commitment; null where it has neither.</summary>
    public Figure? Goal(PairId pair) => GoalOf(_catalog, pair);

    internal static Figure? GoalOf(ForecastCatalog catalog, PairId pair)
    {
        var figures = catalog.FiguresOf(pair);
        return figures.Where(f => f.Role == FigureRole.Target).MaxBy(f => f.Year)
            ?? figures.Where(f => f.Role == FigureRole.Commitment).MaxBy(f => f.Year);
    }

    public PairPlan Plan(PairId pair, Figure goal)
    {
        var indicator = _catalog.Indicator(pair.Indicator);
        var points = PointsOf(pair, goal);
        var growth = GrowthAnalyzer.Analyze(indicator, FiguresFor(pair, goal), Observed(pair));
        var nowcast = goal.Year <= _settings.AsOfYear && points.All(p => p.Year != goal.Year);
        var plan = new PairPlan(pair, indicator, goal, growth, nowcast);
        return indicator.Kind switch
        {
            IndicatorKind.Cumulative or IndicatorKind.Count => PlanFlowTotal(plan, points),
            IndicatorKind.Annual => PlanEachYear(plan, points),
            IndicatorKind.Growth => PlanAverageGrowth(plan, points),
            _ => PlanLevel(plan, points),
        };
    }

    /// <summary>
    /// Baselines, commitments read as planned, and observations up to the as-of year. A pair judged on a commitment
    /// does not count that commitment as evidence of itself.
    /// </summary>
    private List<DataPoint> PointsOf(PairId pair, Figure goal) =>
        GrowthAnalyzer.Points(FiguresFor(pair, goal).Where(f => f.Role != FigureRole.Target).ToList(), Observed(pair)).Where(p => p.Year <= _settings.AsOfYear).ToList();

    /// <summary>The pair's figures, with a commitment that is itself the goal standing as the target and nothing else.</summary>
    private IReadOnlyList<Figure> FiguresFor(PairId pair, Figure goal) =>
        goal.Role == FigureRole.Commitment
            ? _catalog.FiguresOf(pair).Where(f => f.Role == FigureRole.Baseline).Append(goal with { Role = FigureRole.Target }).ToList()
            : _catalog.FiguresOf(pair);

    private IReadOnlyList<DataPoint> Observed(PairId pair) => _observations.TryGetValue(pair, out var points) ? points : [];

    private PairPlan PlanLevel(PairPlan plan, List<DataPoint> points)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        var upToGoal = points.Where(p => p.Year <= goal.Year).ToList();
        if (upToGoal.Count == 0)
            return plan with { Gap = new Reason("没有基线、承诺值或观测值作为起点", "no baseline, commitment or observation to start from") };

        var latest = upToGoal[^1];
        if (latest.Year >= goal.Year)
            return Settle(plan, latest);

        var method = LevelMethod(indicator, upToGoal, goal);
        var space = new LevelSpace(method, indicator.Bound ?? 100, TargetResolution(goal.Value));
        var xs = upToGoal.Select(p => space.ToState(p.Value)).ToArray();

        double drift;
        ForecastBasis basis;
        string description;
        if (Assumed(plan.Pair) is { } assumed)
        {
            drift = space.DriftOfRate(GrowthAnalyzer.MeasureOf(indicator), assumed.Rate, latest.Value);
            basis = ForecastBasis.Assumption;
            description = $"{Name(method)}, the scenario's assumed {F(assumed.Rate)} {plan.Growth.RateUnit} from {Describe(latest)}";
        }
        else if (upToGoal.Count >= 2)
        {
            drift = upToGoal.Count >= 3 ? LeastSquaresSlope(upToGoal, xs) : (xs[1] - xs[0]) / (upToGoal[1].Year - upToGoal[0].Year);
            basis = ForecastBasis.History;
            description = upToGoal.Count >= 3
                ? $"{Name(method)}, least squares over {upToGoal.Count} points {upToGoal[0].Year}–{latest.Year}"
                : $"{Name(method)} through {Describe(upToGoal[0])} and {Describe(latest)}";
        }
        else if (_pooled.LevelDrift(indicator.Id, method, plan.Pair.Jurisdiction) is { } pooled)
        {
            drift = pooled.Drift;
            basis = ForecastBasis.Pooled;
            description = $"{Name(method)} from {Describe(latest)}, drift pooled from {string.Join(", ", pooled.Jurisdictions)}";
        }
        else
        {
            return plan with
            {
                Gap = new Reason(
                    $"仅有一个数据点（{latest.Year}年{ZhBasis(latest.Basis)}{F(latest.Value)}），无更早数据，其他地区也无该指标的趋势",
                    $"one point only ({Describe(latest)}): no earlier figure, and no other jurisdiction has a trend for this indicator"),
            };
        }

        // A linear level's prior is relative: a share of the larger of the latest value and the target a year.
        var prior = _priors.Spread[method] * (method == TrajectoryMethod.Linear ? Math.Max(Math.Abs(latest.Value), Math.Abs(goal.Value)) : 1);
        var (spread, fromData) = upToGoal.Count >= 3 && ResidualSpread(upToGoal, xs, drift) is > 0 and var s ? (s, true) : (prior, false);
        (spread, fromData, var note) = StatedSpread(plan.Pair, spread, fromData);
        var fit = new TrajectoryFit(method, basis, drift, spread, fromData, latest, upToGoal, description + note);
        var model = Model(plan, fit, PathShape.Level, xs[^1], drift, space.Threshold(goal.Value), space.Transform, space.Scale);
        return Simulate(plan, fit, model, space.TargetAtBound(goal.Value));
    }

    private PairPlan PlanFlowTotal(PairPlan plan, List<DataPoint> points)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        var from = goal.FromYear ?? goal.Year;
        var flows = points.Where(p => p.Year >= from && p.Year <= goal.Year && p.Basis != PointBasis.Baseline).ToList();
        var achieved = flows.Sum(p => p.Value);
        var latestYear = flows.Count > 0 ? flows[^1].Year : from - 1;
        var total = new DataPoint(latestYear, achieved, flows.Count > 0 ? flows[^1].Basis : PointBasis.Planned, $"{from}–{latestYear} total");

        if (GrowthAnalyzer.Meets(indicator, goal, achieved) && indicator.Direction != Direction.Down)
            return Settle(plan, total);
        if (latestYear >= goal.Year)
            return Settle(plan, total);

        double pace;
        ForecastBasis basis;
        string description;
        if (Assumed(plan.Pair) is { } assumed)
        {
            pace = assumed.Rate;
            basis = ForecastBasis.Assumption;
            description = $"pace of {F(pace)} {indicator.Unit}/yr assumed by the scenario";
        }
        else if (flows.Count > 0)
        {
            pace = achieved / (latestYear - from + 1);
            basis = ForecastBasis.History;
            description = $"pace of {F(pace)} {indicator.Unit}/yr held from {from}–{latestYear} ({string.Join("; ", flows.Select(Describe))})";
        }
        else if (_pooled.PaceShare(indicator.Id, plan.Pair.Jurisdiction) is { } share)
        {
            pace = share.Share * goal.Value;
            basis = ForecastBasis.Pooled;
            description = $"pace of {F(pace)} {indicator.Unit}/yr: {share.Share:P0} of the target a year, as planned in {string.Join(", ", share.Jurisdictions)}";
        }
        else
        {
            return plan with
            {
                Gap = new Reason(
                    $"{from}–{goal.Year}年期间尚无计划或实际完成量，其他地区也无该指标的进度可借鉴",
                    $"no flow planned or recorded in {from}–{goal.Year}, and no other jurisdiction's pace for this indicator"),
            };
        }

        if (!(pace > 0))
            return Settle(plan, total);

        var logFlows = flows.Where(p => p.Value > 0).Select(p => Math.Log(p.Value)).ToArray();
        var (spread, fromData) = basis == ForecastBasis.History && logFlows.Length >= 3 ? (StandardDeviation(logFlows), true) : (_priors.Spread[TrajectoryMethod.Pace], false);
        (spread, fromData, var note) = StatedSpread(plan.Pair, spread, fromData);
        var fit = new TrajectoryFit(TrajectoryMethod.Pace, basis, Math.Log(pace), spread, fromData, total, flows, description + note);

        // The mean log flow is set so that the expected yearly flow equals the pace.
        var meanLogFlow = Math.Log(pace) - (TotalVariance(indicator, spread) / 2);
        var model = Model(plan, fit, PathShape.FlowTotal, achieved, meanLogFlow, goal.Value, ValueTransform.Identity, 0);
        return Simulate(plan, fit, model, targetAtBound: false);
    }

    private PairPlan PlanEachYear(PairPlan plan, List<DataPoint> points)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        var firstYear = goal.FromYear ?? (goal.Year - PlanYears + 1);
        var years = points.Where(p => p.Year >= firstYear && p.Year <= goal.Year && p.Basis != PointBasis.Baseline).ToList();
        if (years.FirstOrDefault(p => !GrowthAnalyzer.Meets(indicator, goal, p.Value)) is { } missed)
            return Settle(plan, missed);
        if (years.Count > 0 && years[^1].Year >= goal.Year)
            return Settle(plan, years[^1]);

        var history = points.Where(p => p.Year <= goal.Year && p.Basis != PointBasis.Baseline).ToList();
        double level;
        ForecastBasis basis;
        string description;
        if (Assumed(plan.Pair) is { } assumed)
        {
            level = assumed.Rate;
            basis = ForecastBasis.Assumption;
            description = $"{F(level)} {indicator.Unit} a year assumed by the scenario";
        }
        else if (history.Count > 0)
        {
            level = history.Average(p => p.Value);
            basis = ForecastBasis.History;
            description = $"{F(level)} {indicator.Unit} a year, the mean of {string.Join("; ", history.Select(Describe))}";
        }
        else
        {
            return plan with { Gap = new Reason("尚无任何年度计划值或实际值", "no yearly figure planned or recorded") };
        }

        if (!(level > 0))
            return plan with { Gap = new Reason("年度数值为零，无法外推", "the yearly figures are zero, so no pace can be carried forward") };

        var logs = history.Where(p => p.Value > 0).Select(p => Math.Log(p.Value)).ToArray();
        var (spread, fromData) = basis == ForecastBasis.History && logs.Length >= 3 ? (StandardDeviation(logs), true) : (_priors.Spread[TrajectoryMethod.Pace], false);
        (spread, fromData, var note) = StatedSpread(plan.Pair, spread, fromData);
        var start = history.Count > 0 ? history[^1] : new DataPoint(_settings.AsOfYear, level, PointBasis.Planned, "assumed");
        var fit = new TrajectoryFit(TrajectoryMethod.Pace, basis, Math.Log(level), spread, fromData, start, history, description + note);
        var meanLogFlow = Math.Log(level) - (TotalVariance(indicator, spread) / 2);
        var startYear = Math.Max(years.Count > 0 ? years[^1].Year : firstYear - 1, firstYear - 1);
        var model = Model(plan, fit with { Start = start with { Year = startYear } }, PathShape.FlowEachYear, 0, meanLogFlow, goal.Value, ValueTransform.Identity, 0);
        return Simulate(plan, fit, model, targetAtBound: false);
    }

    private PairPlan PlanAverageGrowth(PairPlan plan, List<DataPoint> points)
    {
        var goal = plan.Goal;
        var firstYear = goal.Year - PlanYears + 1;
        var history = points.Where(p => p.Year <= goal.Year && p.Value > -100).ToList();
        var inPeriod = history.Where(p => p.Year >= firstYear).ToList();
        var achieved = inPeriod.Sum(p => Math.Log(1 + (p.Value / 100)));
        var latestYear = inPeriod.Count > 0 ? inPeriod[^1].Year : firstYear - 1;
        var threshold = PlanYears * Math.Log(1 + (goal.Value / 100));
        var average = new DataPoint(latestYear, (Math.Exp(achieved / Math.Max(1, latestYear - firstYear + 1)) - 1) * 100, inPeriod.Count > 0 ? inPeriod[^1].Basis : PointBasis.Planned, $"{firstYear}–{latestYear} average");
        if (latestYear >= goal.Year)
            return Settle(plan, average);

        double rate;
        ForecastBasis basis;
        string description;
        if (Assumed(plan.Pair) is { } assumed)
        {
            (rate, basis, description) = (assumed.Rate, ForecastBasis.Assumption, $"{F(assumed.Rate)} % a year assumed by the scenario");
        }
        else if (history.Count > 0)
        {
            rate = history.Average(p => p.Value);
            (basis, description) = (ForecastBasis.History, $"{F(rate)} % a year, the mean of {string.Join("; ", history.Select(Describe))}");
        }
        else
        {
            return plan with { Gap = new Reason("尚无任何年度增速的计划值或实际值", "no yearly growth rate planned or recorded") };
        }

        var logs = history.Select(p => Math.Log(1 + (p.Value / 100))).ToArray();
        var (spread, fromData) = basis == ForecastBasis.History && logs.Length >= 3 ? (StandardDeviation(logs), true) : (_priors.Spread[TrajectoryMethod.AverageGrowth], false);
        (spread, fromData, var note) = StatedSpread(plan.Pair, spread, fromData);
        var drift = Math.Log(1 + (rate / 100));
        var fit = new TrajectoryFit(TrajectoryMethod.AverageGrowth, basis, drift, spread, fromData, average, history, description + note);
        var model = Model(plan, fit, PathShape.Level, achieved, drift, threshold, ValueTransform.AverageRate, PlanYears);
        return Simulate(plan, fit, model, targetAtBound: false);
    }

    /// <summary>The path model from the fit: the drift plus the scenario's shocks year by year, the loadings from the priors.</summary>
    private PathModel Model(PairPlan plan, TrajectoryFit fit, PathShape shape, double start, double centre, double threshold, ValueTransform transform, double scale)
    {
        var firstYear = fit.Start.Year + 1;
        var steps = plan.Goal.Year - fit.Start.Year;
        var loadings = _priors.LoadingsOf(plan.Indicator);
        var shift = new double[steps];
        for (var s = 0; s < steps; s++)
            shift[s] = centre + ShockIn(plan, loadings, firstYear + s);
        return new PathModel(CounterRandom.StreamOf(plan.Pair.ToString()), shape, firstYear, start, shift, fit.Spread, loadings, threshold, MeetsAbove(plan), transform, scale, plan.Goal.Value);
    }

    private PairPlan Simulate(PairPlan plan, TrajectoryFit fit, PathModel model, bool targetAtBound)
    {
        var loadings = model.Loadings;
        var factorVariances = loadings.Select(l => Math.Pow(l.Beta * _priors.Factors[l.Factor].Spread, 2)).ToArray();
        var total = (fit.Spread * fit.Spread) + factorVariances.Sum();
        var dominant = factorVariances.Length > 0 && factorVariances.Max() > fit.Spread * fit.Spread
            ? _priors.Factors[loadings[Array.IndexOf(factorVariances, factorVariances.Max())].Factor].Name
            : null;
        var shocks = _settings.Shocks.Where(s => Reaches(s, plan, loadings)).Select(s => s.Name).ToList();
        var centreShocked = Centre(model, model.Shift, total);
        var centreBare = Centre(model, model.Shift.Select((v, s) => v - ShockIn(plan, loadings, model.FirstYear + s)).ToArray(), total);
        return plan with
        {
            Fit = fit,
            Model = model,
            CentreMeets = Meets(model, centreShocked),
            CentreMeetsWithoutShocks = Meets(model, centreBare),
            Shocks = shocks,
            OwnVarianceShare = total > 0 ? fit.Spread * fit.Spread / total : 1,
            DominantFactor = dominant,
            TargetAtBound = targetAtBound,
        };

        // A centre that lands on the target to rounding (a pace planned exactly to the target) counts as meeting it.
        static bool Meets(PathModel m, double state)
        {
            var tolerance = 1e-9 * Math.Max(1, Math.Abs(m.Threshold));
            return m.MeetsAbove ? state >= m.Threshold - tolerance : state <= m.Threshold + tolerance;
        }
    }

    /// <summary>The central path at the target year: a level with every draw at zero, a flow at its expected pace each year.</summary>
    private static double Centre(PathModel model, double[] shift, double variance) => model.Shape switch
    {
        PathShape.Level => model.Start + shift.Sum(),
        PathShape.FlowTotal => model.Start + shift.Sum(s => Math.Exp(s + (variance / 2))),
        _ => model.MeetsAbove ? shift.Min(s => Math.Exp(s + (variance / 2))) : shift.Max(s => Math.Exp(s + (variance / 2))),
    };

    private PairPlan Settle(PairPlan plan, DataPoint point) => plan with
    {
        Settled = GrowthAnalyzer.Meets(plan.Indicator, plan.Goal, point.Value),
        SettledValue = point.Value,
        Fit = new TrajectoryFit(TrajectoryMethod.Linear, ForecastBasis.History, 0, 0, false, point, [point], $"settled by {Describe(point)}"),
    };

    private double ShockIn(PairPlan plan, FactorLoading[] loadings, int year)
    {
        var total = 0.0;
        foreach (var shock in _settings.Shocks)
        {
            if (year < shock.FromYear || year > shock.ToYear || !InScope(shock, plan))
                continue;
            if (shock.Factor is not null)
            {
                foreach (var l in loadings)
                {
                    if (_priors.Factors[l.Factor].Name == shock.Factor)
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
        InScope(shock, plan) && (shock.Factor is null ? Names(shock, plan) : loadings.Any(l => _priors.Factors[l.Factor].Name == shock.Factor));

    private bool InScope(ScenarioShock shock, PairPlan plan) => shock.Jurisdiction is null || _shockScopes[shock].Contains(plan.Pair.Jurisdiction);

    private static bool Names(ScenarioShock shock, PairPlan plan) =>
        (shock.Domain is null || shock.Domain == plan.Indicator.Domain) && (shock.Indicator is null || shock.Indicator == plan.Indicator.Id);

    private double TotalVariance(Indicator indicator, double spread) =>
        (spread * spread) + _priors.LoadingsOf(indicator).Sum(l => Math.Pow(l.Beta * _priors.Factors[l.Factor].Spread, 2));

    private TrendAssumption? Assumed(PairId pair) =>
        _settings.PairTrends.TryGetValue(pair, out var rate) ? new TrendAssumption(pair.Indicator, pair.Jurisdiction, rate) :
        _settings.Trends.Where(t => t.Indicator == pair.Indicator && (t.Jurisdiction is null || _catalog.Subtree(t.Jurisdiction).Any(j => j.Id == pair.Jurisdiction)))
            .OrderBy(t => t.Jurisdiction is null ? 1 : 0)
            .FirstOrDefault();

    /// <summary>Up and hold targets are met from above, down targets from below (−∞ meets only an at-most target).</summary>
    private static bool MeetsAbove(PairPlan plan) => !GrowthAnalyzer.Meets(plan.Indicator, plan.Goal, double.NegativeInfinity);

    internal static TrajectoryMethod LevelMethod(Indicator indicator, IReadOnlyList<DataPoint> points, Figure goal) =>
        indicator.Bound is not null ? TrajectoryMethod.LogitLinear
        : points.All(p => p.Value > 0) && goal.Value > 0 ? TrajectoryMethod.LogLinear
        : TrajectoryMethod.Linear;

    /// <summary>Half a unit in the target's last stated digit: 100 % is met at 99.5 %, 99.9 % at 99.85 %.</summary>
    internal static double TargetResolution(double target)
    {
        var text = target.ToString("R", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals);
    }

    internal static double LeastSquaresSlope(IReadOnlyList<DataPoint> points, double[] xs)
    {
        var meanT = points.Average(p => (double)p.Year);
        var meanX = xs.Average();
        double num = 0, den = 0;
        for (var i = 0; i < xs.Length; i++)
        {
            num += (points[i].Year - meanT) * (xs[i] - meanX);
            den += (points[i].Year - meanT) * (points[i].Year - meanT);
        }

        return num / den;
    }

    /// <summary>The yearly spread of a random walk with the given drift: Σ (Δx − drift·Δt)²/Δt over k − 2 degrees of freedom.</summary>
    internal static double ResidualSpread(IReadOnlyList<DataPoint> points, double[] xs, double drift)
    {
        var sum = 0.0;
        for (var i = 1; i < xs.Length; i++)
        {
            var dt = points[i].Year - points[i - 1].Year;
            var residual = xs[i] - xs[i - 1] - (drift * dt);
            sum += residual * residual / dt;
        }

        return Math.Sqrt(sum / (xs.Length - 2));
    }

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    /// <summary>A spread the scenario states for the pair replaces the data's and the priors', and says so.</summary>
    private (double Spread, bool FromData, string Note) StatedSpread(PairId pair, double spread, bool fromData) =>
        _settings.PairSpreads.TryGetValue(pair, out var stated) ? (stated, false, "; spread stated by the scenario (an assumption)") : (spread, fromData, SpreadNote(fromData));

    private static string SpreadNote(bool fromData) => fromData ? "; spread estimated from the points" : "; spread from the priors (an assumption)";

    private static string Name(TrajectoryMethod method) => method switch
    {
        TrajectoryMethod.LogLinear => "log-linear",
        TrajectoryMethod.LogitLinear => "logit-linear toward the bound",
        _ => "linear",
    };

    internal static string Describe(DataPoint p) => $"{p.Year} {F(p.Value)} {p.Basis.ToString().ToLowerInvariant()}";

    internal static string ZhBasis(PointBasis basis) => basis switch
    {
        PointBasis.Observed => "实际",
        PointBasis.Planned => "计划",
        _ => "基线",
    };

    internal static string F(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
