using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Tests;

public sealed class ScenarioRunTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_run_of_the_whole_catalog_forecasts_every_pair_and_rolls_up_every_jurisdiction()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 11));

        Assert.Equal(Shipped.Catalog.Pairs.Select(p => p.ToString()), result.Pairs.Select(p => p.Definition.Pair));
        Assert.Equal(Shipped.Catalog.Subtree("china").Select(j => j.Id), result.Rollups.Select(r => r.Jurisdiction));
        Assert.Empty(result.Failures);
        var root = result.Rollups[0];
        Assert.Equal(Shipped.Catalog.Pairs.Count, root.Targets);
        Assert.Equal(root.Targets, root.Assessed + root.InsufficientData);
        Assert.Equal(1.0, root.MetDistribution.Sum(), 9);
    }

    [Fact]
    public async Task Every_rollup_equals_the_models_direct_computation_on_the_same_seed()
    {
        var scenario = Runs.Scenario(seed: 23);
        var result = await Runs.RunToEnd(fixture.Grains, scenario);

        var direct = Forecaster.Run(
            Shipped.Catalog,
            new Dictionary<PairId, IReadOnlyList<DataPoint>>(),
            Shipped.Priors,
            new ForecastSettings(scenario.AsOfYear),
            new SimulationOptions { Seed = scenario.Seed, Paths = scenario.Paths, Quantiles = true });
        foreach (var rollup in result.Rollups)
        {
            var below = Shipped.Catalog.Subtree(rollup.Jurisdiction).Select(j => j.Id).ToHashSet();
            var assessed = direct.Pairs.Where(p => below.Contains(p.Pair.Jurisdiction) && p.Simulation is not null).ToList();
            var counts = new int[scenario.Paths];
            foreach (var pair in assessed)
            {
                for (var k = 0; k < scenario.Paths; k++)
                    counts[k] += pair.Simulation!.Hits[k] ? 1 : 0;
            }

            var distribution = new double[assessed.Count + 1];
            foreach (var c in counts)
                distribution[c] += 1.0 / scenario.Paths;

            Assert.Equal(assessed.Count, rollup.Assessed);
            Assert.Equal(assessed.Sum(p => p.PMeet!.Value), rollup.ExpectedMet, 9);
            Assert.Equal(distribution.Length, rollup.MetDistribution.Count);
            for (var k = 0; k < distribution.Length; k++)
                Assert.Equal(distribution[k], rollup.MetDistribution[k], 12);
        }

        var byPair = direct.Pairs.ToDictionary(p => p.Pair.ToString());
        Assert.All(result.Pairs, p => Assert.Equal(byPair[p.Definition.Pair].PMeet, p.PMeet));
    }

    [Fact]
    public async Task The_same_scenario_run_twice_returns_the_stored_run()
    {
        var scenario = Runs.Scenario(seed: 31, paths: 500);
        var first = await Runs.RunToEnd(fixture.Grains, scenario);

        var again = await fixture.Grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario)).Start(scenario);
        var second = await Runs.RunToEnd(fixture.Grains, scenario);

        Assert.Equal(RunState.Completed, again.State);
        Assert.Equal(first.StartedAt, second.StartedAt);
        Assert.Equal(first.CompletedAt, second.CompletedAt);
    }

    [Fact]
    public async Task A_jurisdiction_and_its_pairs_answer_with_the_latest_run_of_a_scenario()
    {
        var scenario = Runs.Scenario(seed: 41, paths: 500, id: "latest");
        var result = await Runs.RunToEnd(fixture.Grains, scenario);

        var rollup = await fixture.Grains.GetGrain<IJurisdictionGrain>("dandong").GetRollup("latest");
        var forecast = await fixture.Grains.GetGrain<IIndicatorGrain>("dandong/new-urban-jobs").GetForecast("latest");

        var expected = result.Rollups.Single(r => r.Jurisdiction == "dandong");
        Assert.Equal(expected.RunId, rollup!.RunId);
        Assert.Equal(expected.ExpectedMet, rollup.ExpectedMet);
        Assert.Equal(expected.MetDistribution, rollup.MetDistribution);
        Assert.Equal(result.RunId, forecast!.RunId);
        Assert.Equal(result.Pairs.Single(p => p.Definition.Pair == "dandong/new-urban-jobs").PMeet, forecast.PMeet);
        Assert.Null(await fixture.Grains.GetGrain<IJurisdictionGrain>("dandong").GetRollup("never-run"));
    }
}
