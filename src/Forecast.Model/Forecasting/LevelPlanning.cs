using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A stock or rate at a point in time (income, a standard in yuan, a coverage share), moving in log space, in logit
/// space toward its bound, or linearly. The paths set out from the latest recorded or baseline figure and follow the
/// plan's own figures after it; a plan figure is simulated with its fulfilment, never taken as delivered.
/// </summary>
internal static class LevelPlanning
{
    public static PairPlan Plan(PlanningContext c, PairPlan plan, List<DataPoint> points)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        if (c.Settling(plan.Pair, goal) is { } settling)
            return c.Settle(plan, settling);

        var upToGoal = points.Where(p => p.Year < goal.Year).ToList();
        var observed = upToGoal.Any(p => p.Basis is PointBasis.Observed or PointBasis.Estimated);
        if (!observed && LinkedPlanning.PartnerOf(c, plan.Pair) is { } partner)
            return LinkedPlanning.PlanLevel(c, plan, upToGoal, partner);

        if (upToGoal.Count == 0)
        {
            return PlanningContext.Gap(
                plan,
                $"没有基线、计划或实际值作为起点；决定它的单个数据：{c.Settings.AsOfYear}年的实际值（统计公报）",
                $"no baseline, plan or recorded figure to start from; the single figure that would decide it: a recorded value for {c.Settings.AsOfYear} (a statistical bulletin's)");
        }

        var method = LevelMethod(indicator, upToGoal, goal);
        var space = new LevelSpace(method, indicator.Bound ?? 100, TargetResolution(goal.Value));
        var meetsAbove = PlanningContext.MeetsAbove(indicator, goal);
        var thresholdValue = c.ThresholdValue(indicator, goal, meetsAbove);
        var fulfilment = c.FulfilmentOf(plan.Pair, indicator, method);
        var relative = method == TrajectoryMethod.Linear ? Math.Max(upToGoal.Max(p => Math.Abs(p.Value)), Math.Abs(goal.Value)) : 1;

        // The paths start at the latest figure that is not a plan (a baseline or a recorded value), and follow the plan's
        // figures after it; with no such figure, at the first planned one, whose own year is simulated with its fulfilment.
        var anchorIndex = upToGoal.FindLastIndex(PlanningContext.IsFact);
        var anchor = anchorIndex >= 0 ? upToGoal[anchorIndex] : upToGoal[0];
        var nodes = upToGoal.Skip(Math.Max(anchorIndex, 0)).ToList();
        var history = anchorIndex >= 0 ? upToGoal.Take(anchorIndex + 1).ToList() : [];
        var xs = nodes.Select(p => space.ToState(p.Value)).ToArray();
        var hx = history.Select(p => space.ToState(p.Value)).ToArray();

        double drift;
        double extraPersistent = 0;

        // A trend estimated from the pair's own figures is uncertain by the noise it was estimated through: its standard
        // error (the yearly spread ÷ √Σ(t − t̄)², or ÷ √Δt for two figures) goes into the persistent part.
        double trendError = 0;
        ForecastBasis basis;
        string en, zh;
        if (c.Assumed(plan.Pair) is { } assumed)
        {
            drift = space.DriftOfRate(Growth.GrowthAnalyzer.MeasureOf(indicator), assumed.Rate, upToGoal[^1].Value);
            (basis, en, zh) = (ForecastBasis.Assumption, $"the scenario's assumed {PlanningContext.F(assumed.Rate)} {plan.Growth.RateUnit}", $"情景假设{PlanningContext.F(assumed.Rate)}{plan.Growth.RateUnit}");
            nodes = [upToGoal[^1]];
            xs = [space.ToState(upToGoal[^1].Value)];
        }
        else if (nodes.Count >= 2)
        {
            // The plan's own pace: from the start to its last figure before the goal, carried on to the goal year.
            drift = (xs[^1] - xs[0]) / (nodes[^1].Year - nodes[0].Year);
            basis = nodes.Any(p => p.Basis is PointBasis.Observed or PointBasis.Estimated) ? ForecastBasis.Observed : ForecastBasis.Planned;
            en = $"its own figures: {string.Join("; ", nodes.Select(PlanningContext.Describe))}, the pace carried to {goal.Year}";
            zh = $"依据本地区数据：{string.Join("；", nodes.Select(ZhPoint))}，按此进度推至{goal.Year}年";
        }
        else if (history.Count >= 2)
        {
            drift = history.Count >= 3 ? LeastSquaresSlope(history, hx) : (hx[1] - hx[0]) / (history[1].Year - history[0].Year);
            var meanYear = history.Average(p => (double)p.Year);
            trendError = 1 / Math.Sqrt(history.Count >= 3 ? history.Sum(p => Math.Pow(p.Year - meanYear, 2)) : history[1].Year - history[0].Year);
            basis = history.Any(p => p.Basis == PointBasis.Observed) ? ForecastBasis.Observed : ForecastBasis.Planned;
            en = $"its own trend over {history.Count} figures {history[0].Year}–{history[^1].Year}";
            zh = $"依据本地区{history.Count}个数据点（{history[0].Year}–{history[^1].Year}年）的趋势";
        }
        else if (c.Pooled.LevelDrift(plan.Pair, indicator, goal, method) is { } pooled)
        {
            drift = pooled.Drift;
            extraPersistent = pooled.Between;
            basis = ForecastBasis.Pooled;
            en = $"one figure of its own ({PlanningContext.Describe(anchor)}); the yearly change borrowed from {pooled.Peers.En}, with the spread between them";
            zh = $"本地区仅有{ZhPoint(anchor)}；年度变化借鉴{pooled.Peers.Zh}，并计入地区间差异";
        }
        else if (!PlanningContext.IsFact(anchor) && c.Meets(indicator, goal, anchor.Value))
        {
            // The plan reaches the goal already in its own year; what is left is to deliver that figure and hold it.
            drift = 0;
            basis = ForecastBasis.Planned;
            en = $"its own plan reaches the goal in {anchor.Year} ({PlanningContext.Describe(anchor)}) and holds it: the figure delivered and kept";
            zh = $"依据本地区计划：{ZhPoint(anchor)}已达到目标，按计划兑现并保持";
        }
        else
        {
            return PlanningContext.Gap(
                plan,
                $"仅有一个数据点（{ZhPoint(anchor)}），无更早数据，也没有两个以上独立地区可借鉴；决定它的单个数据：{anchor.Year + 1}年或{anchor.Year - 1}年的实际值",
                $"one figure only ({PlanningContext.Describe(anchor)}), no earlier one, and fewer than two independent jurisdictions to borrow from; the single figure that would decide it: a recorded value for {anchor.Year + 1} or {anchor.Year - 1}");
        }

        var start = nodes[0];
        var startsOnPlan = !PlanningContext.IsFact(start);
        var firstYear = startsOnPlan ? start.Year : start.Year + 1;
        var shifts = new double[goal.Year - firstYear + 1];
        for (var year = firstYear; year <= goal.Year; year++)
            shifts[year - firstYear] = year == start.Year ? 0 : StepOf(nodes, xs, year, drift);

        var residual = history.Count >= 3 ? ResidualSpread(history, hx, LeastSquaresSlope(history, hx)) : 0;
        var (spread, fromData, note) = c.StatedSpread(plan.Pair, residual > 0 ? residual : fulfilment.Yearly * relative, residual > 0);
        var fit = new TrajectoryFit(method, basis, drift, spread, fromData, upToGoal[^1], nodes, $"{Name(method)}, {en}{note}", zh);
        var persistent = Math.Sqrt(Math.Pow(fulfilment.PersistentWith(extraPersistent) * relative, 2) + Math.Pow(spread * trendError, 2));
        var path = new PathPlan(PathShape.Level, firstYear, xs[0], shifts, spread, persistent, space.Threshold(thresholdValue), space.Transform, space.Scale)
        {
            Loadings = c.LoadingsOf(indicator, method),
        };
        return c.Simulate(plan, fit, path, space.TargetAtBound(thresholdValue));
    }

    /// <summary>The year's increment: along the plan between its figures, the carried pace after the last.</summary>
    private static double StepOf(List<DataPoint> nodes, double[] xs, int year, double drift)
    {
        for (var i = 1; i < nodes.Count; i++)
        {
            if (year <= nodes[i].Year)
                return (xs[i] - xs[i - 1]) / (nodes[i].Year - nodes[i - 1].Year);
        }

        return drift;
    }

    internal static TrajectoryMethod LevelMethod(Indicator indicator, IReadOnlyList<DataPoint> points, Figure goal) =>
        indicator.Bound is not null ? TrajectoryMethod.LogitLinear
        : points.All(p => p.Value > 0) && goal.Value > 0 ? TrajectoryMethod.LogLinear
        : TrajectoryMethod.Linear;

    /// <summary>Half a unit in the target's last stated digit: 100 % is met at 99.5 %, 99.9 % at 99.85 %.</summary>
    internal static double TargetResolution(double target)
    {
        var text = target.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
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

    internal static string ZhPoint(DataPoint p) => $"{p.Year}年{PlanningContext.ZhBasis(p.Basis)}{PlanningContext.F(p.Value)}";

    private static string Name(TrajectoryMethod method) => method switch
    {
        TrajectoryMethod.LogLinear => "log-linear",
        TrajectoryMethod.LogitLinear => "logit-linear toward the bound",
        _ => "linear",
    };
}
