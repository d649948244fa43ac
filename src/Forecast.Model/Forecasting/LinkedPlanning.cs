using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A level and the each-year growth commitment of the same policy (低保 793 yuan, raised by at least 3.5 % a year,
/// toward 850): the level is walked on its partner's yearly rates, on the partner's own draws, so the two pairs
/// give one answer. The catalog links them by name (<see cref="LinkedPairs"/>).
/// </summary>
internal static class LinkedPlanning
{
    /// <summary>The each-year growth pair of the same policy, where the catalog has one with a goal.</summary>
    public static PairId? PartnerOf(PlanningContext c, PairId level) => LinkedPairs.GrowthOf(c.Catalog, level);

    public static PairPlan PlanLevel(PlanningContext c, PairPlan plan, List<DataPoint> points, PairId partner)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        var partnerIndicator = c.Catalog.Indicator(partner.Indicator);
        var partnerGoal = PlanningContext.GoalOf(c.Catalog, partner)!;
        var partnerPoints = c.PointsOf(partner, partnerGoal);
        var start = points.LastOrDefault(p => p.Value > 0);
        if (start is null || EachYearPlanning.YearlyPlan(c, partner, partnerIndicator, partnerGoal, partnerPoints) is not { } rates)
        {
            return PlanningContext.Gap(
                plan,
                $"关联指标{partnerIndicator.NameZh}尚无年度计划，本指标也无起点；决定它的单个数据：{c.Settings.AsOfYear}年的实际标准",
                $"its linked pair {partner} plans no yearly rate, or it has no start; the single figure that would decide it: the recorded standard for {c.Settings.AsOfYear}");
        }

        // The level's own figure for a year the rates also cover is the result of that year's raise: the path sets
        // out from before it, so that a smaller raise that year leaves a lower level.
        var firstYear = Math.Max(rates.FirstYear, start.Year + (start.Basis == PointBasis.Planned && start.Year >= rates.FirstYear ? 0 : 1));
        var shifts = rates.Shifts.Skip(firstYear - rates.FirstYear).Take(goal.Year - firstYear + 1).ToArray();
        var stepScale = rates.StepScale?.Skip(firstYear - rates.FirstYear).Take(shifts.Length).ToArray();
        if (shifts.Length == 0 || firstYear + shifts.Length - 1 != goal.Year)
            return PlanningContext.Gap(plan, $"关联指标{partnerIndicator.NameZh}的年度计划不覆盖{goal.Year}年", $"its linked pair {partner} plans no rate up to {goal.Year}");

        var startState = Math.Log(start.Value) - (firstYear <= start.Year ? shifts[0] : 0);
        var meetsAbove = PlanningContext.MeetsAbove(indicator, goal);
        var threshold = Math.Log(c.ThresholdValue(indicator, goal, meetsAbove));
        var afterStart = shifts.Skip(firstYear <= start.Year ? 1 : 0).ToArray();
        var committed = start.Value * Math.Exp(afterStart.Sum());
        var rateText = string.Join(" × ", afterStart.Select(s => Math.Exp(s).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)));
        var meets = c.Meets(indicator, goal, committed);
        var gap = Math.Abs(goal.Value - committed);
        var unit = indicator.Unit;
        var en = $"linked to {partnerIndicator.NameEn} ({partner}): on its planned yearly rates, {PlanningContext.F(start.Value)} × {rateText} = {PlanningContext.F(committed)} {unit} in {goal.Year}, "
            + (meets ? $"meeting {goal.Comparator.ToSymbol()}{PlanningContext.F(goal.Value)}" : $"short of {goal.Comparator.ToSymbol()}{PlanningContext.F(goal.Value)} by {PlanningContext.F(gap)} {unit}")
            + "; both pairs are judged on the same paths";
        var zh = $"与{partnerIndicator.NameZh}关联：按其计划年度增幅，{PlanningContext.F(start.Value)}×{rateText}={PlanningContext.F(committed)}{unit}（{goal.Year}年），"
            + (meets ? $"达到目标{goal.Comparator.ToSymbol()}{PlanningContext.F(goal.Value)}" : $"比目标{goal.Comparator.ToSymbol()}{PlanningContext.F(goal.Value)}少{PlanningContext.F(gap)}{unit}")
            + "；两项指标在同一组路径上判断";
        var fit = new TrajectoryFit(TrajectoryMethod.LogLinear, ForecastBasis.Linked, afterStart.DefaultIfEmpty(0).Average(), rates.Spread, rates.SpreadFromData, start, [start, .. rates.Points], en, zh);
        var path = new PathPlan(PathShape.Level, firstYear, startState, shifts, rates.Spread, rates.Persistent, threshold, ValueTransform.Exp, 0)
        {
            StreamOf = partner.ToString(),
            StepScale = stepScale,
            Loadings = c.LoadingsOf(partnerIndicator, EachYearPlanning.SpaceOf(partnerIndicator).Method),
        };
        return c.Simulate(plan, fit, path);
    }
}
