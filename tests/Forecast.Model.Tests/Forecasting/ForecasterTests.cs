using Forecast.Model.Forecasting;

namespace Forecast.Model.Tests.Forecasting;

public sealed class ForecasterTests
{
    [Fact]
    public void Every_target_of_the_shipped_catalog_gets_a_forecast_or_an_explained_data_gap()
    {
        var run = Shipped.Run(paths: 1_000);

        Assert.NotEmpty(run.Pairs);
        Assert.All(run.Pairs, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Reason.Zh));
            Assert.False(string.IsNullOrWhiteSpace(f.Reason.En));
            if (f.Basis == ForecastBasis.None)
            {
                Assert.Equal(ForecastFlag.InsufficientData, f.Flag);
                Assert.Null(f.PMeet);
                Assert.StartsWith("insufficient data: ", f.Reason.En);
            }
            else
            {
                Assert.InRange(f.PMeet!.Value, 0, 1);
                Assert.True(double.IsFinite(f.Simulation!.ExpectedShortfall), f.Pair.ToString());
            }
        });
        Assert.Contains(run.Pairs, f => f.Basis == ForecastBasis.Planned && f.Simulation!.Fan.Count > 0);
        Assert.Contains(run.Pairs, f => f.Basis == ForecastBasis.Pooled);
    }

    [Fact]
    public void A_cumulative_target_reached_before_its_year_is_met_early()
    {
        var observations = Shipped.Observations("dandong/new-urban-jobs", (2023, 30_000), (2024, 25_000));

        var jobs = Shipped.Run(new ForecastSettings(2024), observations, pairs: "dandong/new-urban-jobs").Pairs.Single();

        Assert.Null(jobs.PMeet);
        Assert.Equal(ForecastFlag.Met, jobs.Flag);
        Assert.StartsWith("met: 2024 55,000 observed", jobs.Reason.En);
        Assert.StartsWith("已达标", jobs.Reason.Zh);
    }

    [Fact]
    public void A_jobs_target_paced_by_its_first_year_commitment_says_what_pace_it_needs()
    {
        // 1.7万 planned for 2023 against 5.1万 over 2023–2025: the pace needed (1.7万/yr) equals the pace planned.
        var jobs = Shipped.Run(pairs: "dandong/new-urban-jobs").Pairs.Single();

        Assert.Equal(ForecastBasis.Planned, jobs.Basis);
        Assert.Equal(TrajectoryMethod.Pace, jobs.Fit!.Method);
        Assert.False(jobs.Fit.SpreadFromData);
        Assert.Contains("needs 17,000 人/yr", jobs.Reason.En);
        Assert.Contains("spreads from the priors (an assumption)", jobs.Reason.En);
        Assert.InRange(jobs.PMeet!.Value, 0.2, 0.8);
    }

    [Fact]
    public void Three_observations_give_a_least_squares_trend_with_its_own_spread()
    {
        var observations = Shipped.Observations("dandong/per-capita-disposable-income", (2021, 29_000), (2022, 30_100), (2024, 32_900));

        var income = Shipped.Run(new ForecastSettings(2024), observations, pairs: "dandong/per-capita-disposable-income").Pairs.Single();

        Assert.Equal(ForecastBasis.Observed, income.Basis);
        Assert.Equal(TrajectoryMethod.LogLinear, income.Fit!.Method);
        Assert.True(income.Fit.SpreadFromData);
        Assert.StartsWith("log-linear, its own trend over 4 figures 2021–2024", income.Fit.Description);
    }

    [Fact]
    public void A_downturn_shock_on_the_economy_lowers_the_chance_of_an_employment_target()
    {
        var downturn = new ForecastSettings(2023) { Shocks = [new ScenarioShock("downturn", "economy", null, null, null, 2024, 2025, -0.15)] };

        var baseline = Shipped.Run(pairs: "dandong/new-urban-jobs").Pairs.Single();
        var shocked = Shipped.Run(downturn, pairs: "dandong/new-urban-jobs").Pairs.Single();

        Assert.True(shocked.PMeet < baseline.PMeet - 0.1, $"{baseline.PMeet} → {shocked.PMeet}");
        Assert.Equal(RiskSource.ScenarioShock, shocked.Risk);
        Assert.Contains("downturn", shocked.Reason.En);
    }

    [Fact]
    public void A_scenario_trend_replaces_the_fit_and_is_labelled_an_assumption()
    {
        var settings = new ForecastSettings(2023) { Trends = [new TrendAssumption("new-urban-jobs", "dandong", 20_000)] };

        var jobs = Shipped.Run(settings, pairs: "dandong/new-urban-jobs").Pairs.Single();

        Assert.Equal(ForecastBasis.Assumption, jobs.Basis);
        Assert.Contains("assumed by the scenario", jobs.Reason.En);
    }

    [Fact]
    public void The_same_seed_gives_the_same_forecasts_and_another_seed_other_paths()
    {
        var a = Shipped.Run(seed: 3, paths: 2_000);
        var b = Shipped.Run(seed: 3, paths: 2_000);
        var c = Shipped.Run(seed: 4, paths: 2_000);

        Assert.Equal(a.Pairs.Select(f => f.PMeet), b.Pairs.Select(f => f.PMeet));
        Assert.Equal(a.Pairs.Select(f => f.Reason), b.Pairs.Select(f => f.Reason));
        Assert.NotEqual(a.Pairs.Select(f => f.PMeet), c.Pairs.Select(f => f.PMeet));
    }
}
