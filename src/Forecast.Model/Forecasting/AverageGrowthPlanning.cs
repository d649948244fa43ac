using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A required average rate over the plan period ("年均增长不低于6%"), judged as the level it implies: the recorded
/// years' ln(1 + g) stand, every year to come adds its own, median-true to its plan.
/// </summary>
internal static class AverageGrowthPlanning
{
    public static PairPlan Plan(PlanningContext c, PairPlan plan, List<DataPoint> points)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        var firstYear = goal.Year - PlanningContext.PlanYears + 1;
        var inPeriod = points.Where(p => p.Year >= firstYear && p.Year <= goal.Year && p.Value > -100 && p.Basis != PointBasis.Baseline).ToList();
        var recorded = inPeriod.Where(p => p.Basis == PointBasis.Observed).ToList();
        var planned = inPeriod.Where(p => p.Basis is PointBasis.Planned or PointBasis.Estimated).ToList();
        var achieved = recorded.Sum(p => Math.Log(1 + (p.Value / 100)));
        var lastRecorded = recorded.Count > 0 ? recorded[^1].Year : firstYear - 1;
        var average = new DataPoint(lastRecorded, (Math.Exp(achieved / Math.Max(1, recorded.Count)) - 1) * 100, PointBasis.Observed, recorded.Count == 1 ? $"{lastRecorded} recorded rate" : $"{PlanningContext.Span(firstYear, lastRecorded)} average of {recorded.Count} recorded years");
        var unrecorded = Enumerable.Range(firstYear, goal.Year - firstYear + 1).Where(y => recorded.All(p => p.Year != y)).ToList();
        if (unrecorded.Count == 0)
            return c.Settle(plan, average);

        double rate;
        ForecastBasis basis;
        string en, zh;
        if (c.Assumed(plan.Pair) is { } assumed)
        {
            (rate, basis) = (assumed.Rate, ForecastBasis.Assumption);
            (en, zh) = ($"{PlanningContext.F(rate)} % a year assumed by the scenario", $"情景假设每年{PlanningContext.F(rate)}%");
        }
        else if (recorded.Count > 0)
        {
            (rate, basis) = (recorded.Average(p => p.Value), ForecastBasis.Observed);
            (en, zh) = ($"its recorded rates {string.Join("; ", recorded.Select(PlanningContext.Describe))}, carried on", $"依据实际增速{string.Join("；", recorded.Select(LevelPlanning.ZhPoint))}%，按此推算");
        }
        else if (planned.Count > 0)
        {
            (rate, basis) = (planned.Average(p => p.Value), ForecastBasis.Planned);
            (en, zh) = ($"its own plan: {string.Join("; ", planned.Select(PlanningContext.Describe))} %, carried to the years without a figure", $"依据本地区计划增速{string.Join("；", planned.Select(LevelPlanning.ZhPoint))}%，无计划值的年份按此推算");
        }
        else if (goal.Role == FigureRole.Target && goal.Value > -100)
        {
            // The target's own annual split: an average rate states what a year is to add, and nothing more is planned.
            (rate, basis) = (goal.Value, ForecastBasis.Planned);
            (en, zh) = ($"its own plan: the target's average of {PlanningContext.F(goal.Value)} % a year and no more, so the plan alone is a coin flip",
                $"依据本地区计划：目标本身即年均{PlanningContext.F(goal.Value)}%，没有余量，仅凭计划达标与否各半");
        }
        else
        {
            return PlanningContext.Gap(
                plan,
                $"尚无任何年度增速的计划值或实际值；决定它的单个数据：{firstYear}年的实际增速",
                $"no yearly growth rate planned or recorded; the single figure that would decide it: the recorded rate for {firstYear}");
        }

        var fulfilment = c.FulfilmentOf(plan.Pair, indicator, TrajectoryMethod.AverageGrowth);
        var logs = recorded.Select(p => Math.Log(1 + (p.Value / 100))).ToArray();
        var (spread, fromData, note) = c.StatedSpread(plan.Pair, logs.Length >= 3 ? EachYearPlanning.StandardDeviation(logs) : fulfilment.Yearly, logs.Length >= 3);
        // From the first year without a record: a recorded year inside the span stands as fact.
        var simFirst = unrecorded[0];
        var start = recorded.Where(p => p.Year < simFirst).Sum(p => Math.Log(1 + (p.Value / 100)));
        var shifts = new double[goal.Year - simFirst + 1];
        var scale = new double[shifts.Length];
        for (var year = simFirst; year <= goal.Year; year++)
        {
            (shifts[year - simFirst], scale[year - simFirst]) = recorded.LastOrDefault(p => p.Year == year) is { } fact ? (Math.Log(1 + (fact.Value / 100)), 0.0)
                : (Math.Log(1 + ((basis != ForecastBasis.Assumption && planned.FirstOrDefault(p => p.Year == year) is { } own ? own.Value : rate) / 100)), 1.0);
        }

        var meetsAbove = PlanningContext.MeetsAbove(indicator, goal);
        var threshold = PlanningContext.PlanYears * Math.Log(1 + (c.ThresholdValue(indicator, goal, meetsAbove) / 100));
        var fit = new TrajectoryFit(TrajectoryMethod.AverageGrowth, basis, Math.Log(1 + (rate / 100)), spread, fromData, average, basis == ForecastBasis.Observed ? recorded : planned, en + note, zh);
        var path = new PathPlan(PathShape.Level, simFirst, start, shifts, spread, fulfilment.Persistent, threshold, ValueTransform.AverageRate, PlanningContext.PlanYears)
        {
            Loadings = c.LoadingsOf(indicator, TrajectoryMethod.AverageGrowth),
            StepScale = scale.All(s => s == 1) ? null : scale,
        };
        return c.Simulate(plan, fit, path);
    }
}
