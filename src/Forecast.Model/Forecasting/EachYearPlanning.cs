using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A goal every year of the period must reach ("每年开展…不少于50场", "高校毕业生每年毕业去向落实率达到90%以上",
/// "按照年度增长不低于3.5%"): each year is simulated on its own and the path is judged on its worst year. Amounts move
/// in log space, bounded rates in logit space, a yearly growth rate (an unbounded % of an annual kind) as ln(1 + g).
/// </summary>
internal static class EachYearPlanning
{
    public static PairPlan Plan(PlanningContext c, PairPlan plan, List<DataPoint> points)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        var space = SpaceOf(indicator);
        var firstYear = goal.FromYear ?? (goal.Year - PlanningContext.PlanYears + 1);
        var recorded = points.Where(p => p.Basis == PointBasis.Observed && p.Year >= firstYear && p.Year <= goal.Year).ToList();
        if (recorded.FirstOrDefault(p => !c.Meets(indicator, goal, p.Value)) is { } missed)
            return c.Settle(plan, missed);
        if (Enumerable.Range(firstYear, goal.Year - firstYear + 1).All(year => recorded.Any(p => p.Year == year)))
            return c.Settle(plan, recorded[^1]);

        if (YearlyPlan(c, plan.Pair, indicator, goal, points) is not { } yearly)
        {
            return PlanningContext.Gap(
                plan,
                $"尚无任何年度计划值或实际值；决定它的单个数据：{firstYear}年的实际值",
                $"no yearly figure planned or recorded; the single figure that would decide it: the recorded value for {firstYear}");
        }

        var meetsAbove = PlanningContext.MeetsAbove(indicator, goal);
        var thresholdValue = c.ThresholdValue(indicator, goal, meetsAbove);
        if (indicator.Bound is { } bound && thresholdValue >= bound)
            thresholdValue = bound - LevelPlanning.TargetResolution(goal.Value);
        var threshold = space.ToState(thresholdValue);
        var fit = new TrajectoryFit(space.Method, yearly.Basis, yearly.Shifts.Average(), yearly.Spread, yearly.SpreadFromData, yearly.Start, yearly.Points, yearly.En, yearly.Zh);
        var path = new PathPlan(PathShape.FlowEachYear, yearly.FirstYear, 0, yearly.Shifts, yearly.Spread, yearly.Persistent, threshold, space.Transform, space.Scale)
        {
            Loadings = c.LoadingsOf(indicator, space.Method),
            StepScale = yearly.StepScale,
        };
        return c.Simulate(plan, fit, path);
    }

    /// <summary>
    /// The median of every year still to come, in the space's units: the pair's own plan figure for the year where it
    /// has one, else the pace carried from its recorded figures, else from its planned ones; null where it has neither.
    /// A linked level follows the same years on the same draws.
    /// </summary>
    public static YearlyPlan? YearlyPlan(PlanningContext c, PairId pair, Indicator indicator, Figure goal, List<DataPoint> points)
    {
        var space = SpaceOf(indicator);
        var firstYear = goal.FromYear ?? (goal.Year - PlanningContext.PlanYears + 1);
        var inPeriod = points.Where(p => p.Year <= goal.Year && p.Basis != PointBasis.Baseline && (space.Method != TrajectoryMethod.Pace || p.Value > 0)).ToList();
        var recorded = inPeriod.Where(p => p.Basis == PointBasis.Observed).ToList();
        var planned = inPeriod.Where(p => p.Basis is PointBasis.Planned or PointBasis.Estimated).ToList();

        double pace;
        ForecastBasis basis;
        string en, zh;
        List<DataPoint> used;
        if (c.Assumed(pair) is { } assumed)
        {
            (pace, basis, used) = (space.ToState(assumed.Rate), ForecastBasis.Assumption, []);
            (en, zh) = ($"{PlanningContext.F(assumed.Rate)} {indicator.Unit} a year assumed by the scenario", $"情景假设每年{PlanningContext.F(assumed.Rate)}{indicator.Unit}");
        }
        else if (recorded.Count > 0)
        {
            (pace, basis, used) = (recorded.Average(p => space.ToState(p.Value)), ForecastBasis.Observed, recorded);
            (en, zh) = ($"its recorded years {string.Join("; ", recorded.Select(PlanningContext.Describe))}, their level carried on", $"依据实际数据{string.Join("；", recorded.Select(LevelPlanning.ZhPoint))}，按此水平推算");
        }
        else if (planned.Count > 0)
        {
            (pace, basis, used) = (planned.Average(p => space.ToState(p.Value)), ForecastBasis.Planned, planned);
            (en, zh) = ($"its own plan: {string.Join("; ", planned.Select(PlanningContext.Describe))}, carried to the years without a figure", $"依据本地区计划{string.Join("；", planned.Select(LevelPlanning.ZhPoint))}，无计划值的年份按此推算");
        }
        else if (goal.Role == FigureRole.Target && goal.Value > 0)
        {
            // The target's own annual split: an each-year goal states what every year is to reach.
            (pace, basis, used) = (space.ToState(goal.Value), ForecastBasis.Planned, []);
            (en, zh) = ($"its own plan: the target's yearly {goal.Comparator.ToSymbol()}{PlanningContext.F(goal.Value)} {indicator.Unit}, every year planned at the floor and no more",
                $"依据本地区计划：目标本身即每年{goal.Comparator.ToSymbol()}{PlanningContext.F(goal.Value)}{indicator.Unit}，每年按底线计划、没有余量");
        }
        else
        {
            return null;
        }

        // Every year of the period: a final recorded figure stands as fact (its draw scaled to nothing), a plan figure
        // or the carried pace is drawn, an amount's around the class's median fulfilment of plans.
        var fulfilment = c.FulfilmentOf(pair, indicator, space.Method);
        var centre = space.Method == TrajectoryMethod.Pace ? fulfilment.LogCentre : 0;
        var shifts = new double[goal.Year - firstYear + 1];
        var scale = new double[shifts.Length];
        for (var year = firstYear; year <= goal.Year; year++)
        {
            var i = year - firstYear;
            (shifts[i], scale[i]) = recorded.LastOrDefault(p => p.Year == year) is { Basis: PointBasis.Observed } fact ? (space.ToState(fact.Value), 0.0)
                : planned.FirstOrDefault(p => p.Year == year) is { } own && basis != ForecastBasis.Assumption ? (space.ToState(own.Value) + centre, 1.0)
                : (pace + (basis == ForecastBasis.Planned ? centre : 0), 1.0);
        }

        var logs = recorded.Select(p => space.ToState(p.Value)).ToArray();
        var (spread, fromData, note) = c.StatedSpread(pair, logs.Length >= 3 ? StandardDeviation(logs) : fulfilment.Yearly, logs.Length >= 3);
        var start = used.Count > 0 ? used[^1] : new DataPoint(firstYear - 1, space.FromState(pace), PointBasis.Planned, "assumed");
        return new YearlyPlan(firstYear, shifts, scale.All(s => s == 1) ? null : scale, spread, fulfilment.Persistent, fromData, basis, start, used, $"each year on its own, judged on the worst year; {en}{note}", zh);
    }

    public static YearSpace SpaceOf(Indicator indicator) =>
        indicator.Bound is { } bound ? new YearSpace(TrajectoryMethod.LogitLinear, ValueTransform.Logistic, bound)
        : indicator.Unit == "%" ? new YearSpace(TrajectoryMethod.AverageGrowth, ValueTransform.AverageRate, 1)
        : new YearSpace(TrajectoryMethod.Pace, ValueTransform.Exp, 0);

    internal static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}

/// <summary>The years still to come of an each-year goal, in its space, before the scenario's shocks.</summary>
internal sealed record YearlyPlan(int FirstYear, double[] Shifts, double[]? StepScale, double Spread, double Persistent, bool SpreadFromData, ForecastBasis Basis, DataPoint Start, IReadOnlyList<DataPoint> Points, string En, string Zh);

/// <summary>The space one year's value moves in: log for amounts, logit for bounded rates, ln(1 + g) for a yearly growth rate.</summary>
internal readonly record struct YearSpace(TrajectoryMethod Method, ValueTransform Transform, double Scale)
{
    public double ToState(double value) => Method switch
    {
        TrajectoryMethod.LogitLinear => Math.Log(Math.Clamp(value / Scale, 1e-6, 1 - 1e-6) / (1 - Math.Clamp(value / Scale, 1e-6, 1 - 1e-6))),
        TrajectoryMethod.AverageGrowth => Math.Log(1 + (value / 100)),
        _ => Math.Log(value),
    };

    public double FromState(double state) => Method switch
    {
        TrajectoryMethod.LogitLinear => Scale / (1 + Math.Exp(-state)),
        TrajectoryMethod.AverageGrowth => (Math.Exp(state) - 1) * 100,
        _ => Math.Exp(state),
    };
}
