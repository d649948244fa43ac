using Forecast.Catalog;
using Forecast.Model.Forecasting;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>Paths go through the plan: a plan that exactly meets its target is a coin flip, and no light is decided by noise.</summary>
public sealed class MedianTruePathTests
{
    [Theory]
    [InlineData("dandong/new-urban-jobs")]
    [InlineData("shenyang/pocket-parks-built")]
    [InlineData("shenyang/heating-pipes-replaced")]
    public void A_total_planned_exactly_to_its_target_is_met_with_probability_one_half(string pair)
    {
        var forecast = Shipped.Run(paths: 200_000, pairs: pair).Pairs.Single();

        Assert.InRange(forecast.PMeet!.Value, 0.5 - (3 * forecast.Simulation!.StandardError), 0.5 + (3 * forecast.Simulation.StandardError));
    }

    [Theory]
    [InlineData("dandong/new-urban-jobs")]
    [InlineData("shenyang/pocket-parks-built")]
    [InlineData("shenyang/heating-pipes-replaced")]
    public void A_plan_that_exactly_meets_its_target_is_at_risk_never_likely_missed(string pair)
    {
        foreach (var seed in new ulong[] { 1, 2, 3, 4, 5, 20250101 })
        {
            var forecast = Shipped.Run(seed: seed, paths: 10_000, pairs: pair).Pairs.Single();

            Assert.Equal(ForecastFlag.AtRisk, forecast.Flag);
        }
    }

    [Fact]
    public void A_probability_within_its_Monte_Carlo_error_of_a_threshold_takes_the_kinder_light_and_says_borderline()
    {
        // P(meet) is 0.5 analytically, so some seeds land just below the line: those say borderline and stay amber.
        var below = Enumerable.Range(1, 10).Select(seed => Shipped.Run(seed: (ulong)seed, paths: 10_000, pairs: "dandong/new-urban-jobs").Pairs.Single()).Where(f => f.PMeet < 0.5).ToList();

        Assert.NotEmpty(below);
        Assert.All(below, f => Assert.Equal(ForecastFlag.AtRisk, f.Flag));
        Assert.All(below, f => Assert.NotEqual(Borderline.No, f.Borderline));
        Assert.All(below, f => Assert.Contains("borderline", f.Reason.En));
        Assert.All(below, f => Assert.Contains("临界", f.Reason.Zh));
    }

    [Fact]
    public void The_baseline_gives_at_least_99_percent_of_pairs_the_same_light_under_seeds_1_to_5()
    {
        var lights = new ulong[] { 1, 2, 3, 4, 5 }.Select(seed => Shipped.Run(seed: seed, paths: 10_000).Pairs.ToDictionary(f => f.Pair, f => f.Flag)).ToList();

        foreach (var other in lights.Skip(1))
        {
            var same = lights[0].Count(kv => other[kv.Key] == kv.Value);
            Assert.True(same >= 0.99 * lights[0].Count, $"{same} of {lights[0].Count} pairs keep their light");
        }
    }

    [Fact]
    public void A_pair_resting_on_plans_alone_is_near_certain_only_rarely()
    {
        var planOnly = Shipped.Run(paths: 10_000).Pairs
            .Where(f => f.PMeet is not null && f.Basis is ForecastBasis.Planned or ForecastBasis.Linked or ForecastBasis.Pooled or ForecastBasis.BaseRate)
            .ToList();

        var extreme = planOnly.Count(f => f.PMeet <= 0.01 || f.PMeet >= 0.99);
        Assert.True(extreme <= 0.15 * planOnly.Count, $"{extreme} of {planOnly.Count} plan-only pairs have P(meet) ≤ 0.01 or ≥ 0.99");
    }

    [Fact]
    public void No_reason_prints_a_spread_of_zero()
    {
        var run = Shipped.Run(paths: 10_000);

        Assert.All(run.Pairs, f => Assert.DoesNotContain("(±0)", f.Reason.En));
        Assert.All(run.Pairs, f => Assert.DoesNotContain("±0)", f.Reason.Zh));
    }

    [Fact]
    public void A_planned_figure_is_simulated_with_its_fulfilment_not_taken_as_delivered()
    {
        // Dandong plans 153 village clinics for 2023 against 638 over 2023–2025 (242.5 a year needed): clearly short,
        // yet the plan is an intention, so a miss is likely but not certain.
        var clinics = Shipped.Run(paths: 10_000, pairs: "dandong/village-clinics-strengthened").Pairs.Single();

        Assert.Equal(ForecastFlag.LikelyMissed, clinics.Flag);
        Assert.InRange(clinics.PMeet!.Value, 0.001, 0.1);
        Assert.Equal(2023, clinics.Simulation!.Fan[0].Year);
    }

    [Fact]
    public void Only_a_recorded_figure_settles_a_goal()
    {
        // 2023's planned 8 万 new jobs would reach nothing on its own; a recorded 2023 figure of the goal's own year settles it.
        var planned = Shipped.Run(pairs: "shenyang/enterprise-job-support-actions").Pairs.Single();
        var recorded = Shipped.Run(observations: Shipped.Observations("shenyang/enterprise-job-support-actions", (2023, 510_000)), pairs: "shenyang/enterprise-job-support-actions").Pairs.Single();

        Assert.Equal(ForecastBasis.BaseRate, planned.Basis);
        Assert.InRange(planned.PMeet!.Value, 0.01, 0.99);
        Assert.Equal(ForecastFlag.Met, recorded.Flag);
        Assert.Null(recorded.PMeet);
        Assert.StartsWith("met: 2023 510,000 observed", recorded.Reason.En);
    }

    [Fact]
    public void A_total_recorded_past_its_target_early_is_settled_and_no_nowcast()
    {
        // Dandong's 537 km of pipes recorded for 2023 against 328 km over 2023–2025, run as of 2025.
        var pipes = Shipped.Run(new ForecastSettings(2025), Shipped.Observations("dandong/old-pipelines-renovated", (2023, 537)), pairs: "dandong/old-pipelines-renovated").Pairs.Single();

        Assert.Equal(ForecastFlag.Met, pipes.Flag);
        Assert.Null(pipes.PMeet);
        Assert.False(pipes.Nowcast);
        Assert.DoesNotContain("nowcast", pipes.Reason.En);
    }
}
