using Forecast.Catalog;
using Forecast.Model.Forecasting;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>Every forecast names the rung of evidence it stands on, and borrows only what it may.</summary>
public sealed class EvidenceTests
{
    [Fact]
    public void A_level_and_its_each_year_growth_commitment_are_judged_on_the_same_paths()
    {
        // 低保: 793 元 in 2023, raised 3.5 % a year, against ≥ 850 in 2025: 793 × 1.035² = 849.48 < 850.
        var run = Shipped.Run(paths: 10_000, pairs: ["shenyang/minimum-living-allowance-standard", "shenyang/minimum-living-allowance-standard-yearly-growth"]);
        var level = run.Pairs[0];
        var raise = run.Pairs[1];

        Assert.Equal(ForecastBasis.Linked, level.Basis);
        Assert.Equal(849.48, level.CentreValue!.Value, 2);
        Assert.True(level.PMeet < 0.5, $"P(meet) {level.PMeet}");
        Assert.Contains("849.48", level.Reason.En);
        Assert.Contains("short of ≥850 by 0.52", level.Reason.En);
        Assert.Contains("849.48", level.Reason.Zh);
        Assert.Equal(raise.Simulation!.Fan[0].Year, level.Simulation!.Fan[0].Year);
    }

    [Fact]
    public void A_recorded_raise_of_the_linked_pair_stands_as_fact_on_the_levels_paths()
    {
        // 2025's raise recorded at exactly 3.5 %: the level is still linked, and its 2025 value is 1.035 × its 2024 value on every path.
        var observations = Shipped.Observations("shenyang/minimum-living-allowance-standard-yearly-growth", (2025, 3.5));

        var level = Shipped.Run(new ForecastSettings(2025), observations, paths: 10_000, pairs: "shenyang/minimum-living-allowance-standard").Pairs.Single();

        Assert.Equal(ForecastBasis.Linked, level.Basis);
        Assert.Equal(849.48, level.CentreValue!.Value, 2);
        var fan = level.Simulation!.Fan;
        Assert.Equal(fan[^2].P50 * 1.035, fan[^1].P50, 6);
    }

    [Fact]
    public void The_growth_table_walks_a_linked_level_on_the_same_raises_and_says_the_same_shortfall()
    {
        var row = Growth.GrowthTable.For(Shipped.Catalog, "shenyang").Single(r => r.Pair.ToString() == "shenyang/minimum-living-allowance-standard");
        var level = Shipped.Run(paths: 4_000, pairs: "shenyang/minimum-living-allowance-standard").Pairs.Single();

        Assert.Equal(3.5, row.HistoricalRate!.Value, 9);
        Assert.Equal(0.99, row.Ratio!.Value, 2);
        Assert.Contains("reaches 849.48 in 2025, short of ≥850 by 0.52", row.Explanation);
        Assert.Contains("short of ≥850 by 0.52", level.Reason.En);
    }

    [Fact]
    public void The_orphans_allowance_meets_its_level_on_the_committed_path()
    {
        var level = Shipped.Run(paths: 10_000, pairs: "shenyang/orphan-living-standard").Pairs.Single();

        Assert.Equal(ForecastBasis.Linked, level.Basis);
        Assert.True(level.CentreValue >= 2600, $"central path {level.CentreValue}");
        Assert.True(level.PMeet > 0.5, $"P(meet) {level.PMeet}");
    }

    [Fact]
    public void A_one_year_commitment_is_forecast_from_its_class_base_rate_not_a_trend()
    {
        // Shenyang's own 2023 commitment of at least 100 new clinical key specialties: no trend borrowed from Dandong.
        var specialties = Shipped.Run(paths: 20_000, pairs: "shenyang/clinical-key-specialties-new").Pairs.Single();

        Assert.Equal(ForecastBasis.BaseRate, specialties.Basis);
        Assert.InRange(specialties.PMeet!.Value, Shipped.Priors.Delivered.BaseRate - 0.015, Shipped.Priors.Delivered.BaseRate + 0.015);
        Assert.Contains("base rate", specialties.Reason.En);
        Assert.Contains("兑现率", specialties.Reason.Zh);
    }

    [Fact]
    public void A_base_rate_forecast_says_its_risk_is_how_often_like_goals_are_delivered_not_a_trend_or_a_spread()
    {
        // Shenyang's 2023 commitment and Dalian's plan-period total: nothing of their own progress is known.
        var forecasts = Shipped.Run(paths: 4_000, pairs: ["shenyang/clinical-key-specialties-new", "dalian/artificial-afforestation-area"]).Pairs;

        Assert.All(forecasts, f => Assert.Equal(RiskSource.BaseRate, f.Risk));
        Assert.All(forecasts, f => Assert.Contains("how often like goals are delivered", f.Reason.En));
        Assert.All(forecasts, f => Assert.DoesNotContain("year-to-year spread", f.Reason.En));
    }

    [Fact]
    public void Recorded_outcomes_of_other_commitments_update_the_base_rate_and_a_pairs_own_outcome_is_left_out()
    {
        // Five other delivered commitments of 2023 recorded as missed pull the rate down from the prior's 85 %.
        var missed = new[] { "dandong/old-communities-renovation-starts", "dandong/village-sewage-projects-started", "shenyang/mass-sports-events", "zhenxing/enterprise-job-support-actions", "dandong/rural-dilapidated-housing-renovation-starts" };
        var observations = missed.ToDictionary(PairId.Parse, p => (IReadOnlyList<DataPoint>)[new DataPoint(2023, 1, PointBasis.Observed, "test observation")]);

        var before = Shipped.Run(paths: 20_000, pairs: "shenyang/clinical-key-specialties-new").Pairs.Single();
        var after = Shipped.Run(observations: observations, paths: 20_000, pairs: "shenyang/clinical-key-specialties-new").Pairs.Single();

        var counted = missed.Select(PairId.Parse).Count(p => Forecaster.GoalOf(Shipped.Catalog, p)!.Role == FigureRole.Commitment && Shipped.Priors.ClassOf(Shipped.Catalog.Indicator(p.Indicator)).Name == "delivered");
        var expected = Shipped.Priors.Delivered.BaseRate * Shipped.Priors.Delivered.Strength / (Shipped.Priors.Delivered.Strength + counted);
        Assert.True(counted >= 2, $"{counted} of the recorded commitments are delivered one-year commitments");
        Assert.True(after.PMeet < before.PMeet - 0.1, $"{before.PMeet} → {after.PMeet}");
        Assert.InRange(after.PMeet!.Value, expected - 0.02, expected + 0.02);
        Assert.Contains("updated by", after.Reason.En);
    }

    [Fact]
    public void A_plan_period_total_with_nothing_of_its_progress_is_forecast_from_the_base_rate_of_such_totals()
    {
        // Dalian's 60,000 mu of afforestation over 2023–2025: no yearly figure, planned or recorded, and no peer with one.
        var afforestation = Shipped.Run(paths: 20_000, pairs: "dalian/artificial-afforestation-area").Pairs.Single();

        Assert.Equal(ForecastBasis.BaseRate, afforestation.Basis);
        Assert.InRange(afforestation.PMeet!.Value, Shipped.Priors.Delivered.PlanBaseRate - 0.015, Shipped.Priors.Delivered.PlanBaseRate + 0.015);
        Assert.Contains("plan-period totals", afforestation.Reason.En);
        Assert.Contains("2023年的实际完成量", afforestation.Reason.Zh);
    }

    [Fact]
    public void A_recorded_plan_period_total_updates_the_plan_period_base_rate_and_not_the_one_year_one()
    {
        // Another delivered 2023–2025 total recorded as missed for 2025, as a total since 2023.
        var other = PairId.Parse("dalian/complete-community-pilots");
        var observations = new Dictionary<PairId, IReadOnlyList<DataPoint>>
        {
            [other] = [new DataPoint(2025, 1, PointBasis.Observed, "test observation") { Period = ObservationPeriod.Since(2023) }],
        };
        var settings = new ForecastSettings(2025);

        var before = Shipped.Run(settings, paths: 20_000, pairs: ["dalian/artificial-afforestation-area", "shenyang/clinical-key-specialties-new"]).Pairs;
        var after = Shipped.Run(settings, observations, paths: 20_000, pairs: ["dalian/artificial-afforestation-area", "shenyang/clinical-key-specialties-new"]).Pairs;

        var expected = Shipped.Priors.Delivered.PlanBaseRate * Shipped.Priors.Delivered.Strength / (Shipped.Priors.Delivered.Strength + 1);
        Assert.InRange(after[0].PMeet!.Value, expected - 0.015, expected + 0.015);
        Assert.Equal(before[1].PMeet, after[1].PMeet);
    }

    [Fact]
    public void A_plan_period_total_recorded_as_reached_before_its_goal_year_counts_as_met_in_the_base_rate()
    {
        // Another delivered 2023–2025 total recorded in 2024 as already past its goal: met, as its own forecast settles it.
        var other = PairId.Parse("dalian/complete-community-pilots");
        var goal = Forecaster.GoalOf(Shipped.Catalog, other)!;
        var observations = new Dictionary<PairId, IReadOnlyList<DataPoint>>
        {
            [other] = [new DataPoint(2024, goal.Value * 2, PointBasis.Observed, "SYNTHETIC test observation") { Period = ObservationPeriod.Since(2023) }],
        };
        var settings = new ForecastSettings(2024);

        var after = Shipped.Run(settings, observations, paths: 20_000, pairs: "dalian/artificial-afforestation-area").Pairs.Single();

        var expected = ((Shipped.Priors.Delivered.PlanBaseRate * Shipped.Priors.Delivered.Strength) + 1) / (Shipped.Priors.Delivered.Strength + 1);
        Assert.InRange(after.PMeet!.Value, expected - 0.015, expected + 0.015);
        Assert.Contains("1 recorded outcomes, 1 met", after.Reason.En);
    }

    [Fact]
    public void A_pooled_pace_borrows_from_two_independent_peers_and_names_them()
    {
        var jobs = Shipped.Run(paths: 10_000, pairs: "dalian/new-urban-jobs").Pairs.Single();

        Assert.Equal(ForecastBasis.Pooled, jobs.Basis);
        Assert.Contains("Dandong", jobs.Reason.En);
        Assert.Contains("Shenyang", jobs.Reason.En);
        Assert.DoesNotContain("Zhenxing", jobs.Reason.En);
        Assert.Contains("丹东市、沈阳市", jobs.Reason.Zh);
    }

    [Theory]
    [InlineData("zhenxing/provincial-beautiful-livable-villages")] // its only peer is its own parent, Dandong
    [InlineData("dalian/jobs-stabilised-for-enterprises")] // 援企稳岗 commitments are another measure
    public void A_total_without_two_independent_peers_borrows_no_pace_and_rests_on_the_base_rate_of_such_totals(string pair)
    {
        var forecast = Shipped.Run(paths: 10_000, pairs: pair).Pairs.Single();

        Assert.Equal(ForecastBasis.BaseRate, forecast.Basis);
        Assert.DoesNotContain("borrowed", forecast.Reason.En);
        Assert.Contains("nothing of its own progress is planned or recorded", forecast.Reason.En);
    }

    [Fact]
    public void A_one_year_commitment_of_another_plan_period_is_never_pooled()
    {
        var lianyungang = Shipped.Run(paths: 4_000).Pairs.Where(f => f.Pair.Jurisdiction == "lianyungang").ToList();

        Assert.NotEmpty(lianyungang);
        Assert.All(lianyungang, f => Assert.True(f.Basis is ForecastBasis.BaseRate or ForecastBasis.None, $"{f.Pair}: {f.Basis}"));
    }

    [Fact]
    public void Every_forecast_names_its_rung_of_evidence_in_both_languages()
    {
        var run = Shipped.Run(paths: 4_000);

        foreach (var f in run.Pairs.Where(f => f.Simulation is not null && f.Fit is { Basis: not ForecastBasis.Observed }))
        {
            Assert.Contains($"evidence ({ReasonWriter.RungEn(f.Basis)})", f.Reason.En);
            Assert.Contains($"依据（{ReasonWriter.RungZh(f.Basis)}）", f.Reason.Zh);
        }

        Assert.All(run.Pairs.Where(f => f.Basis == ForecastBasis.None), f => Assert.Contains("决定它的单个数据", f.Reason.Zh));
    }

    [Fact]
    public void Most_numeric_goals_get_a_forecast_on_the_plans_alone()
    {
        var run = Shipped.Run(paths: 2_000);

        var forecast = run.Pairs.Count(f => f.PMeet is not null);
        Assert.True(forecast >= 0.55 * run.Pairs.Count, $"{forecast} of {run.Pairs.Count}");
    }
}
