using Forecast.Catalog;
using Forecast.Model.Simulation;
using MathNet.Numerics.Distributions;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A goal forecast from how often goals like it are fulfilled (the base rate), not from a trend: a one-year
/// practical-matters commitment (为群众办实事) in its own year, or a plan-period total with nothing of its progress
/// planned or recorded (the outside view: nothing else speaks to it). On a path the realised value is the goal moved
/// by a draw whose median sits where P(meet) is the base rate, so a miss has a size in the unit; the goals of a run
/// share a delivery factor, so a bad year for delivery is bad for many at once.
/// </summary>
internal static class BaseRatePlanning
{
    public static PairPlan Plan(PlanningContext c, PairPlan plan, GoalTerm term)
    {
        var (indicator, goal) = (plan.Indicator, plan.Goal);
        if (c.Settling(plan.Pair, goal) is { } settling)
            return c.Settle(plan, settling);

        var meetsAbove = PlanningContext.MeetsAbove(indicator, goal);
        var thresholdValue = c.ThresholdValue(indicator, goal, meetsAbove);
        var (method, transform, scale, toState) = SpaceOf(indicator, goal, thresholdValue);
        if (toState is null)
        {
            return PlanningContext.Gap(
                plan,
                $"承诺值{PlanningContext.F(goal.Value)}{indicator.Unit}无法按比例兑现（为零或负）；决定它的单个数据：{goal.Year}年的实际值",
                $"the commitment of {PlanningContext.F(goal.Value)} {indicator.Unit} cannot be fulfilled in proportion (zero or negative); the single figure that would decide it: the value recorded for {goal.Year}");
        }

        var @class = c.Priors.ClassOf(indicator);
        var rate = c.BaseRates.RateOf(@class, term, plan.Pair);
        var fulfilment = c.FulfilmentOf(plan.Pair, indicator, method);
        var total = Math.Sqrt((fulfilment.Yearly * fulfilment.Yearly) + (fulfilment.Persistent * fulfilment.Persistent));

        // The variance splits into the delivery factor's share (the correlation), the priors' own factors, and the rest.
        var correlation = c.Priors.CommitmentCorrelation;
        var loadings = c.LoadingsOf(indicator, method).Append(new FactorLoading(c.Priors.DeliveryFactorIndex, total * Math.Sqrt(correlation))).ToArray();
        var factorVariance = loadings.Sum(l => Math.Pow(l.Beta * c.Priors.CommonFactors[l.Factor].Spread, 2));
        var own = Math.Sqrt(Math.Max((total * total) - factorVariance, 0.04 * total * total));
        total = Math.Sqrt((own * own) + factorVariance);

        var threshold = toState(thresholdValue);
        var z = Normal.InvCDF(0, 1, rate.Rate);
        var centre = meetsAbove ? threshold + (total * z) : threshold - (total * z);
        var commitment = toState(goal.Value);
        var classZh = @class.Name == "delivered" ? "政府自身实施的工程类" : "政府只能施加影响的结果类";
        var (en, zh) = term == GoalTerm.OneYear
            ? ($"base rate: {@class.Name} one-year commitments are fulfilled {PlanningContext.Pct(rate.Rate)} of the time ({rate.En}); not a trend",
                $"依据{classZh}年度实事承诺的兑现率{PlanningContext.Pct(rate.Rate)}（{rate.Zh}），而非趋势")
            : ($"base rate: {@class.Name} plan-period totals with no yearly figure are met {PlanningContext.Pct(rate.Rate)} of the time ({rate.En}); nothing of its own progress is planned or recorded, and the amount recorded for {goal.FromYear ?? goal.Year} would replace this",
                $"依据{classZh}规划期目标（无分年数据）的实现率{PlanningContext.Pct(rate.Rate)}（{rate.Zh}）；本地区尚无分年计划或实际完成量，{goal.FromYear ?? goal.Year}年的实际完成量可取代此估计");
        var start = new DataPoint(goal.Year, goal.Value, PointBasis.Planned, $"{goal.Source.Clause} {goal.Source.Evidence}");
        var fit = new TrajectoryFit(method, ForecastBasis.BaseRate, centre - commitment, own, false, start, [start], en, zh);
        var path = new PathPlan(PathShape.Level, goal.Year, commitment, [centre - commitment], own, 0, threshold, transform, scale) { Loadings = loadings };
        return c.Simulate(plan, fit, path);
    }

    /// <summary>The commitment's space: logit for a bounded share, ln(1 + g) for a raise in %, log for a positive amount.</summary>
    private static (TrajectoryMethod Method, ValueTransform Transform, double Scale, Func<double, double>? ToState) SpaceOf(Indicator indicator, Figure goal, double threshold)
    {
        if (indicator.Bound is { } bound)
        {
            var margin = LevelPlanning.TargetResolution(goal.Value) / 10;
            return (TrajectoryMethod.LogitLinear, ValueTransform.Logistic, bound, v =>
            {
                var p = Math.Clamp(v, margin, bound - margin) / bound;
                return Math.Log(p / (1 - p));
            });
        }

        if (indicator.Unit == "%" && indicator.Kind is IndicatorKind.Growth or IndicatorKind.Annual)
            return goal.Value > -100 ? (TrajectoryMethod.AverageGrowth, ValueTransform.AverageRate, 1, v => Math.Log(1 + (v / 100))) : (TrajectoryMethod.AverageGrowth, ValueTransform.AverageRate, 1, null);

        var method = indicator.IsFlow ? TrajectoryMethod.Pace : TrajectoryMethod.LogLinear;
        return goal.Value > 0 && threshold > 0 ? (method, ValueTransform.Exp, 0, Math.Log) : (method, ValueTransform.Exp, 0, null);
    }
}
