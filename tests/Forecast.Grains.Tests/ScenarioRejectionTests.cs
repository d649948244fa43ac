using Forecast.Contracts;

namespace Forecast.Grains.Tests;

/// <summary>A scenario that names what the catalog lacks or breaks a bound is refused with the field's path, and nothing runs.</summary>
[Collection(SharedCluster.Name)]
public sealed class ScenarioRejectionTests(ClusterFixture fixture)
{
    public static TheoryData<string, Scenario, string> Broken()
    {
        var ok = Runs.Scenario();
        return new TheoryData<string, Scenario, string>
        {
            { "no paths", ok with { Paths = 0 }, "paths" },
            { "too many paths", ok with { Paths = ScenarioLimits.MaxPaths + 1 }, "paths" },
            { "as-of year out of range", ok with { AsOfYear = 1990 }, "asOfYear" },
            { "unknown scope", ok with { Scope = ["dandong", "atlantis"] }, "scope[1]" },
            { "thresholds crossed", ok with { Thresholds = new ScenarioThresholds(0.9, 0.8) }, "thresholds.likelyMissedBelow" },
            { "unknown pair", ok with { Overrides = [Override("dandong/new-urban-jobs"), Override("dandong/moon-landings")] }, "overrides[1].pair" },
            { "negative spread", ok with { Overrides = [Override("dandong/new-urban-jobs") with { GrowthSpread = -0.1 }] }, "overrides[0].growthSpread" },
            { "NaN trend", ok with { Overrides = [Override("dandong/new-urban-jobs") with { GrowthMean = double.NaN }] }, "overrides[0].growthMean" },
            { "bad extra observation", ok with { Overrides = [Override("dandong/new-urban-jobs") with { Observations = [new ObservationInput(2023, -1, "s", "me")] }] }, "overrides[0].observations[0].value" },
            { "unknown factor shock", ok with { Shocks = [new ScenarioShockSpec("slump", "weather", null, null, null, 2024, 2025, -0.1)] }, "shocks[0].factor" },
            { "NaN shock", ok with { Shocks = [new ScenarioShockSpec("slump", "economy", null, null, null, 2024, 2025, double.NaN)] }, "shocks[0].shift" },
            { "shock years reversed", ok with { Shocks = [new ScenarioShockSpec("slump", "economy", null, null, null, 2025, 2024, -0.1)] }, "shocks[0].toYear" },
            { "unknown loading target", ok with { Factors = [new ScenarioFactor("economy", null, [new FactorLoadingSpec("astrology", 1)])] }, "factors[0].loadings[0].target" },
            { "new factor without spread", ok with { Factors = [new ScenarioFactor("weather", null, [])] }, "factors[0].spread" },
        };
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_broken_scenario_is_refused_naming_the_field(string why, Scenario scenario, string field)
    {
        var run = fixture.Grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));

        var error = await Assert.ThrowsAsync<ScenarioRejectedException>(() => run.Start(scenario));

        Assert.True(field == error.Field, $"{why}: expected field {field}, got {error.Field} ({error.Message})");
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
        Assert.Equal(RunState.NotStarted, (await run.GetProgress()).State);
    }

    [Fact]
    public async Task A_scenario_started_under_another_run_id_is_refused()
    {
        var error = await Assert.ThrowsAsync<ScenarioRejectedException>(() => fixture.Grains.GetGrain<IScenarioRunGrain>("not-its-hash").Start(Runs.Scenario()));

        Assert.Equal("runId", error.Field);
    }

    private static PairOverride Override(string pair) => new(pair, null, null, []);
}
