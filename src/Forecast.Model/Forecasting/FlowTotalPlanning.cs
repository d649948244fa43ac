using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A total of yearly amounts over the plan period ("累计新增城镇就业5.1万人", 2023–2025): what is recorded stands, and
/// every year still to come adds a log-normal amount whose median is the year's plan (its own figure, else the pace
/// carried from its recorded or planned years, else the pace borrowed from independent peers; with none of these, the base rate of such totals).
/// </summary>
internal static class FlowTotalPlanning
{
    public static PairPlan Plan(PlanningContext c, PairPlan plan, List<DataPoint> points)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        var from = goal.FromYear ?? goal.Year;
        var inPeriod = points.Where(p => p.Year >= from && p.Year <= goal.Year && p.Basis != PointBasis.Baseline).ToList();
        var recorded = inPeriod.Where(p => p.Basis == PointBasis.Observed).ToList();
        var planned = inPeriod.Where(p => p.Basis is PointBasis.Planned or PointBasis.Estimated && p.Value > 0).ToList();

        // A total recorded since the period's first year stands for every year up to its own; each later year's own
        // recorded amount stands for that year. The years left are drawn.
        var covered = from - 1;
        var sinceTotal = 0.0;
        if (c.RecordedTotals(plan.Pair, from).LastOrDefault(p => p.Year <= goal.Year) is { } since && since.Year >= recorded.Select(p => p.Year).DefaultIfEmpty(from - 1).Max())
            (covered, sinceTotal, recorded) = (since.Year, since.Value, [since, .. recorded.Where(p => p.Year > since.Year)]);
        var yearly = recorded.Where(p => p.Year > covered).ToDictionary(p => p.Year, p => p.Value);
        planned = planned.Where(p => p.Year > covered).ToList();
        var achieved = sinceTotal + yearly.Values.Sum();
        var unrecorded = Enumerable.Range(covered + 1, Math.Max(0, goal.Year - covered)).Where(y => !yearly.ContainsKey(y)).ToList();
        var lastRecorded = recorded.Count > 0 ? recorded.Max(p => p.Year) : from - 1;
        var total = recorded.Count > 0
            ? new DataPoint(lastRecorded, achieved, PointBasis.Observed, $"{PlanningContext.Span(from, lastRecorded)} recorded total")
            : new DataPoint(from - 1, 0, PointBasis.Baseline, $"start of the {PlanningContext.Span(from, goal.Year)} period");
        var meetsAbove = PlanningContext.MeetsAbove(indicator, goal);

        // Only recorded amounts settle a total: reached already, or every year recorded.
        if (recorded.Count > 0 && (unrecorded.Count == 0 || (meetsAbove && c.Meets(indicator, goal, achieved))))
            return c.Settle(plan, total);

        double pace;
        double extraPersistent = 0;
        ForecastBasis basis;
        string en, zh;
        var unit = indicator.Unit;
        if (c.Assumed(plan.Pair) is { } assumed)
        {
            (pace, basis) = (assumed.Rate, ForecastBasis.Assumption);
            (en, zh) = ($"a pace of {PlanningContext.F(pace)} {unit}/yr assumed by the scenario", $"情景假设每年{PlanningContext.F(pace)}{unit}");
        }
        else if (recorded.Count > 0)
        {
            (pace, basis) = (achieved / ((covered - from + 1) + yearly.Count), ForecastBasis.Observed);
            (en, zh) = ($"{PlanningContext.F(achieved)} {unit} recorded in {PlanningContext.Span(from, lastRecorded)} ({string.Join("; ", recorded.Select(PlanningContext.Describe))}), that pace carried on",
                $"{PlanningContext.Span(from, lastRecorded)}年实际完成{PlanningContext.F(achieved)}{unit}，按此进度推算");
        }
        else if (planned.Count > 0)
        {
            (pace, basis) = (planned.Average(p => p.Value), ForecastBasis.Planned);
            (en, zh) = ($"its own plan: {string.Join("; ", planned.Select(PlanningContext.Describe))}, the planned pace of {PlanningContext.F(pace)} {unit}/yr carried to the years without a figure",
                $"依据本地区计划：{string.Join("；", planned.Select(LevelPlanning.ZhPoint))}{unit}，无计划值的年份按每年{PlanningContext.F(pace)}{unit}推算");
        }
        else if (c.Pooled.PaceShare(plan.Pair, indicator, goal) is { } pooled)
        {
            pace = pooled.Share * goal.Value;
            extraPersistent = pooled.Between;
            basis = ForecastBasis.Pooled;
            (en, zh) = ($"no figure of its own: a pace of {PlanningContext.F(pace)} {unit}/yr ({PlanningContext.Pct(pooled.Share)} of its target a year) borrowed from {pooled.Peers.En}, with the spread between them",
                $"本地区无计划或实际数：借鉴{pooled.Peers.Zh}，每年约完成目标的{PlanningContext.Pct(pooled.Share)}（{PlanningContext.F(pace)}{unit}），并计入地区间差异");
        }
        else
        {
            // Nothing of its own progress and no peers: how often such totals are met is all that speaks to it.
            return BaseRatePlanning.Plan(c, plan, GoalTerm.PlanPeriod);
        }

        if (!(pace > 0))
        {
            return PlanningContext.Gap(plan, "计划或实际的年度完成量为零，无法推算进度", "the planned or recorded yearly amounts are zero, so no pace can be carried forward");
        }

        var fulfilment = c.FulfilmentOf(plan.Pair, indicator, TrajectoryMethod.Pace);
        var logFlows = recorded.Where(p => p.Value > 0).Select(p => Math.Log(p.Value)).ToArray();
        var (spread, fromData, note) = c.StatedSpread(plan.Pair, logFlows.Length >= 3 ? EachYearPlanning.StandardDeviation(logFlows) : fulfilment.Yearly, logFlows.Length >= 3);
        // From the first year without a record to the goal year: a recorded year inside that span stands as fact.
        var firstYear = unrecorded[0];
        var start = sinceTotal + yearly.Where(kv => kv.Key < firstYear).Sum(kv => kv.Value);
        var amounts = new double[goal.Year - firstYear + 1];
        var scale = new double[amounts.Length];
        var planCentre = new double[amounts.Length];
        for (var year = firstYear; year <= goal.Year; year++)
        {
            // A year drawn around a plan (its own figure, or a pace carried from plans, its own or its peers') is
            // fulfilled around the class's median; one carried from recorded amounts is already what was delivered.
            (amounts[year - firstYear], scale[year - firstYear], planCentre[year - firstYear]) = yearly.TryGetValue(year, out var fact) ? (fact, 0.0, 0.0)
                : basis != ForecastBasis.Assumption && planned.FirstOrDefault(p => p.Year == year) is { } own ? (own.Value, 1.0, fulfilment.LogCentre)
                : (pace, 1.0, basis is ForecastBasis.Planned or ForecastBasis.Pooled ? fulfilment.LogCentre : 0.0);
        }

        var yearlyVariance = (spread * spread) + c.LoadingsOf(indicator, TrajectoryMethod.Pace).Sum(l => Math.Pow(l.Beta * c.Priors.CommonFactors[l.Factor].Spread, 2));
        var correction = MedianCorrection(amounts.Where((_, i) => scale[i] == 1).ToArray(), yearlyVariance);
        var shifts = amounts.Select((a, i) => Math.Log(Math.Max(a, double.Epsilon)) + ((correction + planCentre[i]) * scale[i])).ToArray();
        var fit = new TrajectoryFit(TrajectoryMethod.Pace, basis, Math.Log(pace), spread, fromData, total, basis == ForecastBasis.Observed ? recorded : planned, en + note, zh);
        var path = new PathPlan(PathShape.FlowTotal, firstYear, start, shifts, spread, fulfilment.PersistentWith(extraPersistent), c.ThresholdValue(indicator, goal, meetsAbove), ValueTransform.Identity, 0)
        {
            CentreCorrection = correction,
            StepScale = scale.All(s => s == 1) ? null : scale,
        };
        return c.Simulate(plan, fit, path);
    }

    /// <summary>
    /// The shift of every year's log amount that makes the median of their sum the planned total, not a little above
    /// it (a sum of log-normals is skewed): the Fenton–Wilkinson log-normal with the sum's mean and variance. The
    /// persistent part multiplies the whole sum, so it leaves the median where it is.
    /// </summary>
    internal static double MedianCorrection(double[] amounts, double variance)
    {
        var planned = amounts.Sum();
        var mean = Math.Exp(variance / 2) * planned;
        var sumVariance = (Math.Exp(variance) - 1) * Math.Exp(variance) * amounts.Sum(a => a * a);
        var median = mean / Math.Sqrt(1 + (sumVariance / (mean * mean)));
        return Math.Log(planned / median);
    }
}
