using Forecast.Contracts;

namespace Forecast.Grains.Tests;

/// <summary>A pair's what-if: its own Monte Carlo over its plan in the scenario's latest run, deterministic by the seed, stores nothing.</summary>
[Collection(SharedCluster.Name)]
public sealed class WhatIfTests(ClusterFixture fixture)
{
    private static readonly Scenario Scenario = Runs.Scenario(seed: 31, paths: 10_000, id: "what-if") with { AsOfYear = 2025 };

    private async Task<PairForecastView> Flagged()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Scenario);
        return result.Pairs.First(p => p.Flag == Flags.LikelyMissed && p.WhatItTakes is { Needed: not null });
    }

    private Task<WhatIfAnswer?> WhatIf(string pair, WhatIfRequest request) =>
        fixture.Grains.GetGrain<IIndicatorGrain>(pair).WhatIf(Scenario.Id, request);

    [Fact]
    public async Task A_what_if_with_nothing_changed_gives_the_run_s_own_P_meet_and_fan()
    {
        var pair = await Flagged();

        var answer = await WhatIf(pair.Definition.Pair, new WhatIfRequest());

        Assert.NotNull(answer);
        Assert.Equal(pair.PMeet, answer.PMeet);
        Assert.Equal(pair.PMeet, answer.RunPMeet);
        Assert.Equal(pair.Fan, answer.Fan);
        Assert.Equal(pair.WhatItTakes!.Assumed, answer.Pace);
    }

    [Fact]
    public async Task A_what_if_at_the_pace_it_takes_is_on_track()
    {
        var pair = await Flagged();

        var answer = await WhatIf(pair.Definition.Pair, new WhatIfRequest(Pace: pair.WhatItTakes!.Needed));

        Assert.True(answer!.PMeet >= 0.8, $"{pair.Definition.Pair}: P(meet) {answer.PMeet} at {pair.WhatItTakes.Needed} {pair.WhatItTakes.Unit}");
        Assert.Equal(Flags.OnTrack, answer.Flag);
    }

    [Fact]
    public async Task The_same_what_if_gives_the_same_numbers()
    {
        var pair = await Flagged();
        var request = new WhatIfRequest(Pace: pair.WhatItTakes!.Assumed * 1.2, SpreadScale: 1.5, Paths: 5_000);

        var first = await WhatIf(pair.Definition.Pair, request);
        var second = await WhatIf(pair.Definition.Pair, request);

        Assert.Equal(first!.PMeet, second!.PMeet);
        Assert.Equal(first.Fan, second.Fan);
        Assert.Equal(5_000, first.Paths);
    }

    [Theory]
    [InlineData(0, "paths")]
    [InlineData(10_001, "paths")]
    public async Task A_path_count_out_of_bounds_is_refused(int paths, string field)
    {
        var pair = await Flagged();

        var e = await Assert.ThrowsAsync<WhatIfRejectedException>(() => WhatIf(pair.Definition.Pair, new WhatIfRequest(Paths: paths)));

        Assert.Equal(field, e.Field);
    }

    [Fact]
    public async Task A_loading_on_a_factor_the_scenario_lacks_is_refused_naming_its_path()
    {
        var pair = await Flagged();

        var e = await Assert.ThrowsAsync<WhatIfRejectedException>(() => WhatIf(pair.Definition.Pair, new WhatIfRequest(Loadings: [new("economy", 0.5), new("weather", 1)])));

        Assert.Equal("loadings[1].factor", e.Field);
        Assert.Contains("weather", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pace_the_pair_cannot_hold_is_refused()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Scenario);
        var flow = result.Pairs.First(p => p.WhatItTakes is { Measure: "units-per-year" } && p.Basis != "base-rate");

        var e = await Assert.ThrowsAsync<WhatIfRejectedException>(() => WhatIf(flow.Definition.Pair, new WhatIfRequest(Pace: -5)));

        Assert.Equal("pace", e.Field);
    }

    [Fact]
    public async Task A_pair_with_no_forecast_says_why_and_a_scenario_never_run_has_no_answer()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Scenario);
        var none = result.Pairs.First(p => p.Flag == Flags.InsufficientData);

        var answer = await WhatIf(none.Definition.Pair, new WhatIfRequest(Pace: 1));
        var never = await fixture.Grains.GetGrain<IIndicatorGrain>(none.Definition.Pair).WhatIf("never-run", new WhatIfRequest());

        Assert.Null(answer!.PMeet);
        Assert.Equal("insufficient-data", answer.NoForecast);
        Assert.Null(never);
    }
}
