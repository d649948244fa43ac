using Forecast.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Forecast.Contracts.Tests;

public sealed class ScenarioTests
{
    private static readonly Scenario Downturn = new(
        "downturn",
        "经济下行 / Downturn",
        Seed: 20250101,
        Paths: 10_000,
        AsOfYear: 2023,
        Horizon: 2025,
        Scope: ["liaoning"],
        new ScenarioThresholds(0.4, 0.75),
        [new ScenarioFactor("economy", 0.03, [new FactorLoadingSpec("employment", 1.0)])],
        [new ScenarioShockSpec("recession", "economy", null, null, null, 2024, 2025, -0.05)],
        [new PairOverride("dandong/new-urban-jobs", 2.5, null, [new ObservationInput(2023, 17_500, "丹东市统计公报 2023", "analyst")])]);

    private readonly Serializer _serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void A_scenario_round_trips_through_the_orleans_serializer_with_the_same_hash()
    {
        var copy = _serializer.Deserialize<Scenario>(_serializer.SerializeToArray(Downturn))!;

        Assert.Equal(ScenarioHash.Of(Downturn), ScenarioHash.Of(copy));
        Assert.Equal("recession", Assert.Single(copy.Shocks).Name);
        Assert.Equal(17_500, Assert.Single(Assert.Single(copy.Overrides).Observations).Value);
    }

    [Fact]
    public void Equal_content_built_twice_has_one_hash()
    {
        var again = Downturn with { Scope = ["liaoning"], Shocks = [Downturn.Shocks[0] with { }] };

        Assert.Equal(ScenarioHash.Of(Downturn), ScenarioHash.Of(again));
    }

    [Fact]
    public void Another_seed_gives_another_hash()
    {
        Assert.NotEqual(ScenarioHash.Of(Downturn), ScenarioHash.Of(Downturn with { Seed = Downturn.Seed + 1 }));
    }

    [Fact]
    public void A_rejected_scenario_keeps_its_field_path_across_the_wire()
    {
        var rejected = new ScenarioRejectedException("shocks[0].factor", "unknown factor 'econmy'");

        var copy = _serializer.Deserialize<ScenarioRejectedException>(_serializer.SerializeToArray(rejected))!;

        Assert.Equal("shocks[0].factor", copy.Field);
        Assert.Equal("unknown factor 'econmy'", copy.Message);
    }
}
