using Forecast.Catalog;
using Forecast.Model.Forecasting;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>Each kind of goal read as the text says: bounded shares, each-year floors, ≈ targets, whole units.</summary>
public sealed class KindTests
{
    [Fact]
    public void A_bounded_share_stays_inside_its_bound_on_every_path()
    {
        var run = Shipped.Run(paths: 10_000);

        foreach (var f in run.Pairs.Where(f => f.Indicator.Bound is not null && f.Simulation is { Fan.Count: > 0 }))
        {
            Assert.All(f.Simulation!.Fan, year => Assert.InRange(year.P5, 0, f.Indicator.Bound!.Value));
            Assert.All(f.Simulation!.Fan, year => Assert.InRange(year.P95, 0, f.Indicator.Bound!.Value));
        }
    }

    [Fact]
    public void A_graduate_placement_rate_each_year_is_judged_on_every_year_and_never_passes_100_percent()
    {
        var rate = Shipped.Run(paths: 10_000, pairs: "shenyang/graduate-destination-rate").Pairs.Single();

        Assert.Equal([2023, 2024, 2025], rate.Simulation!.Fan.Select(y => y.Year));
        Assert.All(rate.Simulation.Fan, y => Assert.True(y.P95 < 100, $"{y.Year} P95 {y.P95}"));
        Assert.Contains("each year on its own, judged on the worst year", rate.Reason.En);
    }

    [Fact]
    public void An_each_year_floor_planned_exactly_at_the_floor_is_at_risk_and_says_the_plan_has_no_room()
    {
        // "按照年度增长不低于3.5%": every year must raise the standard by 3.5 %, and the plan raises it by exactly that.
        var raise = Shipped.Run(paths: 10_000, pairs: "shenyang/minimum-living-allowance-standard-yearly-growth").Pairs.Single();

        Assert.True(raise.PMeet < 0.5, $"P(meet) {raise.PMeet}");
        Assert.Equal(ForecastFlag.AtRisk, raise.Flag);
        Assert.Equal(Borderline.PlanOnTheLine, raise.Borderline);
    }

    [Fact]
    public void An_each_year_goal_with_only_its_last_year_recorded_is_forecast_not_settled()
    {
        // 2025's raise is recorded at 3.5 %; 2023 and 2024 are not, so the goal (every year ≥ 3.5 %) is still open.
        var observations = Shipped.Observations("shenyang/minimum-living-allowance-standard-yearly-growth", (2025, 3.5));

        var raise = Shipped.Run(new ForecastSettings(2025), observations, paths: 10_000, pairs: "shenyang/minimum-living-allowance-standard-yearly-growth").Pairs.Single();

        Assert.InRange(raise.PMeet!.Value, 0.05, 0.95);
        Assert.Equal(3.5, raise.Simulation!.Fan.Single(y => y.Year == 2025).P5, 9);
    }

    [Fact]
    public void An_about_target_is_met_within_the_documented_tolerance()
    {
        // 空气优良天数比例达到90%左右: a recorded 86 % is within 5 % of 90 %, 85 % is not.
        var within = Shipped.Run(new ForecastSettings(2025), Shipped.Observations("dandong/good-air-day-ratio", (2025, 86)), pairs: "dandong/good-air-day-ratio").Pairs.Single();
        var outside = Shipped.Run(new ForecastSettings(2025), Shipped.Observations("dandong/good-air-day-ratio", (2025, 85)), pairs: "dandong/good-air-day-ratio").Pairs.Single();

        Assert.Equal(ForecastFlag.Met, within.Flag);
        Assert.StartsWith("met", within.Reason.En);
        Assert.Equal(ForecastFlag.Missed, outside.Flag);
        Assert.StartsWith("missed", outside.Reason.En);
    }

    [Fact]
    public void Small_counts_are_whole_numbers_on_every_path()
    {
        var pilots = Shipped.Run(paths: 10_000).Pairs.Where(f => f.Goal.Value <= 3 && PlanningContext.IsWholeUnits(f.Indicator, f.Goal) && f.Simulation is { Fan.Count: > 0 }).ToList();

        Assert.NotEmpty(pilots);
        Assert.All(pilots, f => Assert.All(f.Simulation!.Fan, y => Assert.All(new[] { y.P5, y.P25, y.P50, y.P75, y.P95 }, v => Assert.Equal(Math.Round(v), v))));
    }
}
