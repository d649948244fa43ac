using Forecast.Contracts;
using Orleans.Runtime;

namespace Forecast.Grains.Tests;

/// <summary>Observations: a bad one is refused with the field at fault and changes nothing; a good one is kept and used.</summary>
public sealed class ObservationTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static ObservationInput Valid(int year = 2023, double value = 17_500) => new(year, value, "test observation", "grain tests");

    [Theory]
    [InlineData("dandong/new-urban-jobs", 2023, double.NaN, "value")]
    [InlineData("dandong/new-urban-jobs", 2023, double.PositiveInfinity, "value")]
    public async Task A_value_that_is_not_a_finite_number_is_refused(string pair, int year, double value, string field) =>
        await AssertRefused(pair, Valid(year, value), field, "finite");

    [Fact]
    public async Task A_negative_count_is_refused() =>
        await AssertRefused("dandong/new-urban-jobs", Valid(value: -5), "value", "negative");

    [Fact]
    public async Task A_percentage_over_its_bound_is_refused()
    {
        var pair = Shipped.Catalog.Pairs.First(p => Shipped.Catalog.Indicator(p.Indicator).Bound == 100).ToString();

        await AssertRefused(pair, Valid(value: 100.5), "value", "over its bound");
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2040)]
    public async Task A_year_outside_the_plan_is_refused(int year) =>
        await AssertRefused("dandong/new-urban-jobs", Valid(year), "year", "outside the plan");

    [Fact]
    public async Task An_observation_without_a_source_is_refused() =>
        await AssertRefused("dandong/new-urban-jobs", Valid() with { Source = " " }, "source", "required");

    [Fact]
    public async Task An_observation_for_an_unknown_pair_is_refused()
    {
        var error = await Assert.ThrowsAsync<ObservationRejectedException>(() => fixture.Grains.GetGrain<IIndicatorGrain>("atlantis/new-urban-jobs").RecordObservation(Valid()));

        Assert.Equal("pair", error.Field);
        Assert.Contains("Unknown pair 'atlantis/new-urban-jobs'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_observation_survives_the_deactivation_of_its_grain()
    {
        const string pair = "shenyang/new-urban-jobs";
        await fixture.Grains.GetGrain<IIndicatorGrain>(pair).RecordObservation(Valid(2023, 140_000));

        var before = await IndicatorActivations();
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.True(await IndicatorActivations() < before, "the collection should have deactivated the pair grains");

        var observations = await fixture.Grains.GetGrain<IIndicatorGrain>(pair).GetObservations();
        var kept = Assert.Single(observations);
        Assert.Equal((2023, 140_000.0, "test observation"), (kept.Year, kept.Value, kept.Source));
    }

    [Fact]
    public async Task A_later_observation_for_the_same_year_corrects_the_earlier()
    {
        // A pair with no published figure in the catalog, so the grain's own observations are all it answers.
        var grain = fixture.Grains.GetGrain<IIndicatorGrain>("zhenxing/new-urban-jobs");
        await grain.RecordObservation(Valid(2023, 120_000));
        await grain.RecordObservation(Valid(2023, 125_000));

        Assert.Equal([125_000.0], (await grain.GetObservations()).Select(o => o.Value));
    }

    [Fact]
    public async Task An_accepted_observation_is_used_by_the_next_run_of_the_same_scenario()
    {
        const string pair = "zhenxing/new-urban-jobs";
        var scenario = Runs.Scenario(seed: 5, paths: 1_000, id: "observed");
        var before = await Runs.RunToEnd(fixture.Grains, scenario);

        await fixture.Grains.GetGrain<IIndicatorGrain>(pair).RecordObservation(Valid(2023, 2_000));
        var after = await Runs.RunToEnd(fixture.Grains, scenario);

        Assert.NotEqual(before.CompletedAt, after.CompletedAt);
        var forecast = after.Pairs.Single(p => p.Definition.Pair == pair);
        Assert.Equal([2_000.0], forecast.Observations.Select(o => o.Value));
        Assert.Contains(forecast.Points, p => p is { Year: 2023, Value: 2_000, Basis: "observed" });
        Assert.NotEqual(before.Pairs.Single(p => p.Definition.Pair == pair).PMeet, forecast.PMeet);
    }

    private async Task AssertRefused(string pair, ObservationInput observation, string field, string message)
    {
        var grain = fixture.Grains.GetGrain<IIndicatorGrain>(pair);
        await grain.RecordObservation(Valid(2024, 30_000 + Random.Shared.Next(100)) with { Value = IsBounded(pair) ? 90 : 30_000 });
        var before = await grain.GetObservations();

        var error = await Assert.ThrowsAsync<ObservationRejectedException>(() => grain.RecordObservation(observation));

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await grain.GetObservations());
    }

    private static bool IsBounded(string pair) => Shipped.Catalog.Indicator(pair.Split('/')[1]).Bound is not null;

    private async Task<int> IndicatorActivations()
    {
        var statistics = await fixture.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("IndicatorGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }
}
