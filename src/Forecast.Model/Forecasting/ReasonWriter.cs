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
        { CentreMeets: false } => (RiskSource.OwnTrend, null),
        { TargetAtBound: true } => (RiskSource.Bound, null),
        { DominantFactor: { } factor } => (RiskSource.CommonFactor, factor),
        _ => (RiskSource.OwnSpread, null),
    };

    public static Reason Write(PairPlan plan, SimulatedPair? simulation, RiskSource risk, string? factor)
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
            zh.Add($"{(met ? "已达标" : "未达标")}：{point.Year}年{PairPlanner.ZhBasis(point.Basis)}{F(point.Value)}{unit}，目标{plan.Goal.Comparator.ToSymbol()}{F(plan.Goal.Value)}{unit}");
            en.Add($"{(met ? "met" : "missed")}: {PairPlanner.Describe(point)} {unit} against {plan.Goal.Comparator.ToSymbol()}{F(plan.Goal.Value)} {unit}");
        }
        else if (simulation is not null)
        {
            zh.Add($"达标概率{P(simulation.PMeet)}（±{P(simulation.StandardError)}）");
            en.Add($"P(meet) {P(simulation.PMeet)} (±{P(simulation.StandardError)})");
        }

        if (plan.Growth is { RequiredRate: { } required } growth && plan.Settled is null)
        {
            var rateUnitZh = ZhRateUnit(growth);
            zh.Add(growth.HistoricalRate is { } historical && growth.Ratio is { } ratio
                ? $"需{F(required)}{rateUnitZh}，已实现{F(historical)}{rateUnitZh}（比值{ratio.ToString("0.00", CultureInfo.InvariantCulture)}）"
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
            zh.Add(ZhBasis(fit));
            en.Add(fit.Description);
        }

        if (plan.Nowcast)
        {
            zh.Add($"现时估计：{plan.Goal.Year}年已过，尚无当年数据");
            en.Add($"nowcast: {plan.Goal.Year} is past and has no recorded figure");
        }

        return new Reason(string.Join("；", zh), string.Join("; ", en));
    }

    private static string ZhBasis(TrajectoryFit fit)
    {
        var basis = fit.Basis switch
        {
            ForecastBasis.History => $"趋势依据本地区{fit.Points.Count}个数据点",
            ForecastBasis.Pooled => "趋势借鉴其他地区同一指标",
            ForecastBasis.Assumption => "趋势为情景假设",
            _ => "无依据",
        };
        return basis + (fit.SpreadFromData ? "，波动幅度由数据估计" : "，波动幅度为先验假设");
    }

    private static string ZhRateUnit(GrowthRow row) => row.Measure switch
    {
        RateMeasure.PercentPerYear => "%/年",
        RateMeasure.PointsPerYear => "个百分点/年",
        RateMeasure.PacePerYear => $"{row.Indicator.Unit}/年",
        _ => row.Indicator.Unit,
    };

    private static string P(double p) => double.IsFinite(p) ? p.ToString("0.###", CultureInfo.InvariantCulture) : "—";

    private static string F(double value) => PairPlanner.F(value);
}
