using System.Globalization;
using Forecast.Catalog;
using Forecast.Model.Growth;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// Says why, from the figures: the rate required against the rate achieved, what mostly decides the outcome (the trend
/// itself, the pair's own spread, a common factor, a scenario shock, the bound) and what the forecast rests on.
/// </summary>
internal static class ReasonWriter
{
    public static (RiskSource Risk, string? Factor) RiskOf(PairPlan plan) => plan switch
    {
        { Gap: not null } => (RiskSource.DataGap, null),
        { Settled: not null } => (RiskSource.None, null),
        { CentreMeets: false, CentreMeetsWithoutShocks: true } => (RiskSource.ScenarioShock, string.Join(", ", plan.Shocks)),
        // A base rate's centre is placed where P(meet) is the rate: it is no trend, and its spread no indicator's own.
        { Fit.Basis: ForecastBasis.BaseRate } => (RiskSource.BaseRate, null),
        { CentreMeets: false } => (RiskSource.OwnTrend, null),
        { TargetAtBound: true } => (RiskSource.Bound, null),
        { DominantFactor: { } factor } => (RiskSource.CommonFactor, factor),
        _ => (RiskSource.OwnSpread, null),
    };

    public static Reason Write(PairPlan plan, SimulatedPair? simulation, RiskSource risk, string? factor, Borderline borderline = Borderline.No)
    {
        var zh = new List<string>();
        var en = new List<string>();
        var unit = plan.Indicator.Unit;

        if (plan.Gap is { } gap)
        {
            zh.Add("数据不足：" + gap.Zh);
            en.Add("insufficient data: " + gap.En);
        }
        else if (plan.Settled is { } met)
        {
            var point = plan.Fit!.Start;
            var by = met ? string.Empty : $"，差{F(Math.Abs(plan.Goal.Value - point.Value))}{unit}";
            zh.Add($"{(met ? "已达标" : "未达标")}：{point.Year}年{PlanningContext.ZhBasis(point.Basis)}{F(point.Value)}{unit}，目标{plan.Goal.Comparator.ToSymbol()}{F(plan.Goal.Value)}{unit}{by}（{point.Source}）");
            en.Add($"{(met ? "met" : "missed")}: {PlanningContext.Describe(point)} {unit} against {plan.Goal.Comparator.ToSymbol()}{F(plan.Goal.Value)} {unit}{(met ? string.Empty : $", short by {F(Math.Abs(plan.Goal.Value - point.Value))} {unit}")} ({point.Source})");
        }
        else if (simulation is not null)
        {
            zh.Add($"达标概率{PMeetZh(simulation)}");
            en.Add($"P(meet) {PMeetEn(simulation)}");
            switch (borderline)
            {
                case Borderline.MonteCarlo:
                    zh.Add("临界：概率与分档线之差在模拟误差以内，取较宽松的信号");
                    en.Add("borderline: P(meet) is within its Monte Carlo error of a threshold, so the kinder light is shown");
                    break;
                case Borderline.PlanOnTheLine:
                    zh.Add("临界：按计划（或按已实现的进度）中位路径恰好达标，没有余地，任何不足都会导致未达标");
                    en.Add("borderline: the central path (the plan, or the recorded pace carried on) meets the goal exactly, with no room: any shortfall misses it");
                    break;
            }
        }

        if (plan.Growth is { RequiredRate: { } required } growth && plan.Settled is null)
        {
            var rateUnitZh = ZhRateUnit(growth);
            zh.Add(growth.HistoricalRate is { } historical && growth.Ratio is { } ratio
                ? $"需{F(required)}{rateUnitZh}，现有进度{F(historical)}{rateUnitZh}（比值{ratio.ToString("0.00", CultureInfo.InvariantCulture)}）"
                : $"需{F(required)}{rateUnitZh}");
            en.Add(growth.Explanation);
        }

        switch (risk)
        {
            case RiskSource.OwnTrend:
                zh.Add("主要原因：按现有趋势，中位路径到期仍达不到目标");
                en.Add("mostly the trend itself: the central path falls short by the target year");
                break;
            case RiskSource.ScenarioShock:
                zh.Add($"主要原因：情景冲击（{factor}）使原本可达标的中位路径落空");
                en.Add($"mostly the scenario shock ({factor}): without it the central path would meet the target");
                break;
            case RiskSource.Bound:
                zh.Add($"目标处于上限{F(plan.Indicator.Bound ?? 100)}{unit}，只有非常接近上限的路径才算达标");
                en.Add($"the target sits at the {F(plan.Indicator.Bound ?? 100)} {unit} bound: only paths within half its last digit count");
                break;
            case RiskSource.CommonFactor:
                zh.Add($"主要风险来自共同因素“{factor}”（占年度波动{P(1 - plan.OwnVarianceShare)}）");
                en.Add($"mostly the {factor} factor ({P(1 - plan.OwnVarianceShare)} of the yearly variance)");
                break;
            case RiskSource.BaseRate:
                zh.Add("主要取决于同类目标的兑现情况：本目标自身的进展尚无计划或实际数据");
                en.Add("mostly how often like goals are delivered: nothing of its own progress is planned or recorded yet");
                break;
            case RiskSource.OwnSpread:
                zh.Add("主要风险来自该指标自身的年度波动");
                en.Add("mostly the indicator's own year-to-year spread");
                break;
        }

        if (simulation is { PMeet: < 1 } && plan.Settled is null)
        {
            var shareText = double.IsFinite(simulation.ShortfallShare) ? $"{P(simulation.ShortfallShare)}" : "—";
            if (simulation.MedianGap is { } median && median > 0)
            {
                zh.Add($"中位缺口{F(median)}{unit}（目标的{P(simulation.MedianGapShare ?? double.NaN)}）");
                en.Add($"median gap {F(median)} {unit} ({P(simulation.MedianGapShare ?? double.NaN)} of the target)");
            }

            zh.Add($"未达标时平均差{F(simulation.ExpectedShortfall)}{unit}（目标的{shareText}）");
            en.Add($"expected shortfall when missed {F(simulation.ExpectedShortfall)} {unit} ({shareText} of the target)");
        }

        if (plan.Fit is { } fit && plan.Settled is null)
        {
            zh.Add($"依据（{RungZh(fit.Basis)}）：{fit.DescriptionZh}{(fit.SpreadFromData ? "；波动由数据估计" : "；波动幅度为先验假设")}");
            en.Add($"evidence ({RungEn(fit.Basis)}): {fit.Description}");
        }

        if (plan.Nowcast)
        {
            zh.Add($"现时估计：{plan.Goal.Year}年已过，尚无当年数据");
            en.Add($"nowcast: {plan.Goal.Year} is past and has no recorded figure");
        }

        return new Reason(string.Join("；", zh), string.Join("; ", en));
    }

    /// <summary>The rung of evidence in planners' words.</summary>
    public static string RungEn(ForecastBasis basis) => basis switch
    {
        ForecastBasis.Observed => "recorded outcomes",
        ForecastBasis.Planned => "its own plan",
        ForecastBasis.Linked => "its linked pair's plan",
        ForecastBasis.Pooled => "borrowed from other jurisdictions",
        ForecastBasis.BaseRate => "base rate of like goals",
        ForecastBasis.Assumption => "scenario assumption",
        _ => "none",
    };

    public static string RungZh(ForecastBasis basis) => basis switch
    {
        ForecastBasis.Observed => "实际数据",
        ForecastBasis.Planned => "本地区计划",
        ForecastBasis.Linked => "关联指标计划",
        ForecastBasis.Pooled => "借鉴其他地区",
        ForecastBasis.BaseRate => "同类目标兑现率",
        ForecastBasis.Assumption => "情景假设",
        _ => "无",
    };

    /// <summary>P(meet) with its Monte Carlo error; at 0 or 1 the paths' count, never "±0".</summary>
    private static string PMeetEn(SimulatedPair s) => s.PMeet switch
    {
        0 => $"0 (no path of {s.Paths:N0} met it: under 1 in {s.Paths:N0}, not impossible)",
        1 => $"1 (every one of {s.Paths:N0} paths met it: a miss is under 1 in {s.Paths:N0}, not impossible)",
        _ => $"{P(s.PMeet)} (Monte Carlo error ±{P(s.StandardError)})",
    };

    private static string PMeetZh(SimulatedPair s) => s.PMeet is 0 or 1
        ? $"{P(s.PMeet)}（{s.Paths:N0}条路径中{(s.PMeet == 0 ? "无一达标" : "全部达标")}：概率不足万分之一，并非绝无可能）"
        : $"{P(s.PMeet)}（模拟误差±{P(s.StandardError)}）";

    private static string ZhRateUnit(GrowthRow row) => row.Measure switch
    {
        RateMeasure.PercentPerYear => "%/年",
        RateMeasure.PointsPerYear => "个百分点/年",
        RateMeasure.PacePerYear => $"{row.Indicator.Unit}/年",
        _ => row.Indicator.Unit,
    };

    /// <summary>Three decimals, or up to six below 0.01, so a small probability or error never prints as 0.</summary>
    private static string P(double p) => !double.IsFinite(p) ? "—" : p.ToString(p is > 0 and < 0.01 ? "0.######" : "0.###", CultureInfo.InvariantCulture);

    private static string F(double value) => PlanningContext.F(value);
}
