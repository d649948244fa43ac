using Forecast.Model.Simulation;
using MathNet.Numerics.Distributions;

namespace Forecast.Model.Tests.Simulation;

/// <summary>The kernel against closed forms, each within three Monte Carlo standard errors.</summary>
public sealed class MonteCarloTests
{
    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Log_normal_growth_meets_its_target_with_the_analytic_probability(int paths)
    {
        // ln V_3 ~ N(ln 100 + 3·0.05, 0.08²·3): P(V_3 ≥ 118) = Φ((ln 100 + 0.15 − ln 118)/(0.08√3)).
        var model = Models.LogNormalLevel(100, 0.05, 0.08, 3, 118);
        var expected = Normal.CDF(0, 1, (Math.Log(100) + 0.15 - Math.Log(118)) / (0.08 * Math.Sqrt(3)));

        var result = Models.Run(model, paths);

        Assert.InRange(result.PMeet, expected - (3 * result.StandardError), expected + (3 * result.StandardError));
        Assert.Equal(Math.Sqrt(expected * (1 - expected) / paths), result.StandardError, 0.002);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void A_persistent_part_adds_its_draw_to_every_year_so_its_variance_grows_with_the_square_of_the_years(int paths)
    {
        // ln V_3 = ln 793 + 3·d + 3·τ·z + σ(ε₁ + ε₂ + ε₃): variance 9τ² + 3σ².
        var (d, sigma, tau) = (Math.Log(1.035), 0.01, 0.008);
        var model = Models.PersistentLevel(793, d, sigma, tau, 3, 880);
        var expected = Normal.CDF(0, 1, (Math.Log(793) + (3 * d) - Math.Log(880)) / Math.Sqrt((9 * tau * tau) + (3 * sigma * sigma)));

        var result = Models.Run(model, paths);

        Assert.InRange(result.PMeet, expected - (3 * result.StandardError), expected + (3 * result.StandardError));
    }

    [Fact]
    public void An_each_year_goal_is_met_only_where_every_year_meets_it()
    {
        // Years share z, so P = ∫ φ(z) Φ((μ + τz − ln 48)/σ)³ dz; with τ = 0 it would be Φ(…)³.
        var (mu, sigma, tau) = (Math.Log(50), 0.1, 0.15);
        var model = Models.EachYear(mu, sigma, tau, 3, 48);
        var expected = Integrate(z => Normal.PDF(0, 1, z) * Math.Pow(Normal.CDF(0, 1, (mu + (tau * z) - Math.Log(48)) / sigma), 3));

        var result = Models.Run(model, 100_000);

        Assert.InRange(result.PMeet, expected - (3 * result.StandardError), expected + (3 * result.StandardError));
    }

    [Fact]
    public void An_each_year_fan_shows_the_years_values_in_the_unit()
    {
        var model = Models.EachYear(Math.Log(50), 0.1, 0.15, 3, 48);

        var fan = Models.Run(model, 100_000, quantiles: true).Fan;

        // Each year's value is log-normal with median 50 and log spread √(σ² + τ²).
        Assert.All(fan, year => Assert.InRange(year.P50, 49.5, 50.5));
        var sd = Math.Sqrt((0.1 * 0.1) + (0.15 * 0.15));
        Assert.All(fan, year => Assert.InRange(Math.Log(year.P95), Math.Log(50) + (1.6449 * sd) - 0.01, Math.Log(50) + (1.6449 * sd) + 0.01));
    }

    [Fact]
    public void A_year_scaled_to_nothing_stands_as_its_figure_on_every_path()
    {
        // The middle year is recorded: its value is the shift itself on every path, whatever the draws.
        var model = Models.EachYear(Math.Log(50), 0.1, 0.15, 3, 48) with { StepScale = [1, 0, 1] };

        var fan = Models.Run(model, 10_000, quantiles: true).Fan;

        Assert.Equal(50, fan[1].P5, 9);
        Assert.Equal(50, fan[1].P95, 9);
        Assert.True(fan[0].P95 - fan[0].P5 > 10, "the drawn years still spread");
    }

    private static double Integrate(Func<double, double> f)
    {
        // The trapezoid rule on [−8, 8] in steps of 0.001: the integrands here are smooth and negligible beyond.
        const double h = 0.001;
        var sum = 0.0;
        for (var z = -8.0; z < 8.0; z += h)
            sum += (f(z) + f(z + h)) * h / 2;
        return sum;
    }

    [Fact]
    public void A_down_target_is_met_by_the_paths_that_end_at_or_below_it()
    {
        // Mortality falling 3 %/yr from 6.0 against "at most 5.5" in 2 years.
        var model = Models.LogNormalLevel(6.0, -0.03, 0.05, 2, 5.5, meetsAbove: false);
        var expected = Normal.CDF(0, 1, (Math.Log(5.5) - (Math.Log(6.0) - 0.06)) / (0.05 * Math.Sqrt(2)));

        var result = Models.Run(model, 10_000);

        Assert.InRange(result.PMeet, expected - (3 * result.StandardError), expected + (3 * result.StandardError));
    }

    [Fact]
    public void Year_by_year_quantiles_match_the_log_normal_ones()
    {
        var model = Models.LogNormalLevel(100, 0.05, 0.08, 3, 118);

        var fan = Models.Run(model, 100_000, quantiles: true).Fan;

        Assert.Equal([2024, 2025, 2026], fan.Select(y => y.Year));
        foreach (var (year, step) in fan.Select((y, i) => (y, i + 1)))
        {
            var sd = 0.08 * Math.Sqrt(step);
            var mean = Math.Log(100) + (0.05 * step);
            foreach (var (p, estimate) in new[] { (0.05, year.P5), (0.25, year.P25), (0.5, year.P50), (0.75, year.P75), (0.95, year.P95) })
            {
                // The standard error of a sample quantile: √(p(1 − p)/N) ÷ density at the quantile (in log space).
                var z = Normal.InvCDF(0, 1, p);
                var se = Math.Sqrt(p * (1 - p) / 100_000) / (Normal.PDF(0, 1, z) / sd);
                Assert.InRange(Math.Log(estimate), mean + (z * sd) - (4 * se), mean + (z * sd) + (4 * se));
            }
        }
    }

    [Fact]
    public void The_median_gap_and_expected_shortfall_match_the_log_normal_ones()
    {
        var model = Models.LogNormalLevel(100, 0.02, 0.1, 2, 110);
        var mu = Math.Log(100) + 0.04;
        var sigma = 0.1 * Math.Sqrt(2);

        var result = Models.Run(model, 100_000, quantiles: true);

        // E[110 − V | V < 110] = 110 − E[V; V < 110]/P(V < 110), with E[V; V < k] = e^{μ+σ²/2} Φ((ln k − μ − σ²)/σ).
        var pMiss = Normal.CDF(0, 1, (Math.Log(110) - mu) / sigma);
        var partialMean = Math.Exp(mu + (sigma * sigma / 2)) * Normal.CDF(0, 1, (Math.Log(110) - mu - (sigma * sigma)) / sigma);
        Assert.Equal(110 - (partialMean / pMiss), result.ExpectedShortfall, 0.1);
        Assert.Equal(110 - Math.Exp(mu), result.MedianGap!.Value, 0.15);
        Assert.Equal(result.ExpectedShortfall / 110, result.ShortfallShare, 1e-12);
    }

    [Fact]
    public void A_sum_of_log_normal_flows_matches_a_reference_run_with_a_hundred_times_the_paths()
    {
        // 2024–2026 flows of e^{N(ln 1.6万, 0.2²)} on top of 1.7万 achieved, against a 5.1万 total: no closed form.
        var model = Models.LogNormalFlows(17_000, Math.Log(16_000), 0.2, 2, 51_000);

        var run = Models.Run(model, 10_000, seed: 1);
        var reference = Models.Run(model, 1_000_000, seed: 2);

        var se = Math.Sqrt((run.StandardError * run.StandardError) + (reference.StandardError * reference.StandardError));
        Assert.InRange(run.PMeet, reference.PMeet - (3 * se), reference.PMeet + (3 * se));
        Assert.InRange(reference.PMeet, 0.05, 0.95);
    }

    [Fact]
    public void A_bounded_share_never_exceeds_its_bound_however_fast_it_grows()
    {
        var model = Models.BoundedShare(99, 100, drift: 3.0, spread: 2.0, steps: 3, target: 99.9);

        var result = Models.Run(model, 10_000, quantiles: true);

        Assert.All(result.Fan, y => Assert.True(y.P95 <= 100, $"{y.Year}: P95 {y.P95}"));
        Assert.True(result.ExpectedShortfall >= 0);
    }

    [Fact]
    public void Hits_of_two_pairs_loading_on_one_factor_correlate_as_the_bivariate_normal_says()
    {
        // Each pair's 2-year log change is N(0, 2(σ² + β²σf²)); with targets at the start, each meets with p = ½ and
        // P(both) = ¼ + arcsin(ρ)/(2π), ρ = β₁β₂σf² / √((σ₁² + β₁²σf²)(σ₂² + β₂²σf²)).
        var economy = new CommonFactor("economy", 0.05);
        var jobs = Models.LogNormalLevel(100, 0, 0.03, 2, 100, name: "jobs", loadings: new FactorLoading(0, 1.0));
        var income = Models.LogNormalLevel(100, 0, 0.04, 2, 100, name: "income", loadings: new FactorLoading(0, 0.8));
        var rho = 1.0 * 0.8 * 0.0025 / Math.Sqrt(((0.03 * 0.03) + 0.0025) * ((0.04 * 0.04) + (0.64 * 0.0025)));
        var expected = 0.25 + (Math.Asin(rho) / (2 * Math.PI));

        var results = MonteCarlo.Run([jobs, income], [economy], new SimulationOptions { Seed = 11, Paths = 100_000 });
        var both = results[0].Hits.CountBoth(results[1].Hits) / 100_000.0;

        var se = Math.Sqrt(expected * (1 - expected) / 100_000);
        Assert.InRange(both, expected - (3 * se), expected + (3 * se));
    }

    [Fact]
    public void Pairs_without_a_common_factor_are_independent()
    {
        var a = Models.LogNormalLevel(100, 0, 0.05, 2, 100, name: "a");
        var b = Models.LogNormalLevel(100, 0, 0.05, 2, 100, name: "b");

        var results = MonteCarlo.Run([a, b], [], new SimulationOptions { Seed = 11, Paths = 100_000 });
        var both = results[0].Hits.CountBoth(results[1].Hits) / 100_000.0;

        var expected = results[0].PMeet * results[1].PMeet;
        Assert.InRange(both, expected - (3 * Math.Sqrt(0.25 * 0.75 / 100_000)), expected + (3 * Math.Sqrt(0.25 * 0.75 / 100_000)));
    }
}
