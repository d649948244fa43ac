using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Runs;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Tests;

[Collection(SharedCluster.Name)]
public sealed class ScenarioRunTests(ClusterFixture fixture)
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
            PublishedPoints.Of(Shipped.Catalog),
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
            // A settled goal has no P(meet) but counts as fact: every path holds its outcome.
            Assert.Equal(assessed.Sum(p => p.Simulation!.PMeet), rollup.ExpectedMet, 9);
            Assert.Equal(distribution.Length, rollup.MetDistribution.Count);
            for (var k = 0; k < distribution.Length; k++)
                Assert.Equal(distribution[k], rollup.MetDistribution[k], 12);
        }

        var byPair = direct.Pairs.ToDictionary(p => p.Pair.ToString());
        Assert.All(result.Pairs, p => Assert.Equal(byPair[p.Definition.Pair].PMeet, p.PMeet));
    }

    [Fact]
    public async Task A_run_names_the_model_revision_that_computed_it()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 13, paths: 500));

        Assert.Equal(ModelRevision.Current, result.ModelRevision);
    }

    [Fact]
    public async Task A_jurisdiction_refuses_a_run_ordered_under_another_model_revision()
    {
        var scenario = Runs.Scenario(seed: 17, paths: 500);
        var order = new RunOrder(ScenarioRuns.RunIdOf(scenario), scenario, Shipped.Catalog.ContentHash, "1999-01-01", InputsHash: "0123456789abcdef");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Grains.GetGrain<IJurisdictionRun>("dandong").Run(order));

        Assert.Contains($"model revision ({ModelRevision.Current}) is not the run's (1999-01-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jurisdiction_refuses_an_order_whose_run_stored_another_snapshot()
    {
        var scenario = Runs.Scenario(seed: 19, paths: 500);
        await Runs.RunToEnd(fixture.Grains, scenario);
        var order = new RunOrder(ScenarioRuns.RunIdOf(scenario), scenario, Shipped.Catalog.ContentHash, ModelRevision.Current, InputsHash: "0123456789abcdef");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Grains.GetGrain<IJurisdictionRun>("dandong").Run(order));

        Assert.Contains("the stored run holds another snapshot than this order's (0123456789ab)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_scenario_run_twice_returns_the_stored_run()
    {
        var scenario = Runs.Scenario(seed: 31, paths: 500);
        var first = await Runs.RunToEnd(fixture.Grains, scenario);

        // Started again: the snapshot, taken in the run's own turns, finds what the stored run read.
        var second = await Runs.RunToEnd(fixture.Grains, scenario);

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

    [Fact]
    public async Task A_pair_whose_computation_throws_is_reported_while_the_rest_completes()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: FailingPairForecaster.Seed, paths: 500));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(FailingPairForecaster.Pair.ToString(), failure.Pair);
        Assert.Contains("injected failure", failure.Error, StringComparison.Ordinal);
        Assert.Equal(Shipped.Catalog.Pairs.Count - 1, result.Pairs.Count);
        Assert.DoesNotContain(result.Pairs, p => p.Definition.Pair == failure.Pair);
        Assert.Contains(result.Pairs, p => p.Definition.Jurisdiction == "dandong");
        var dandong = result.Rollups.Single(r => r.Jurisdiction == "dandong");
        Assert.Equal(dandong.Targets - 1, dandong.Assessed + dandong.InsufficientData);
    }

    [Fact]
    public async Task Progress_counts_every_pair_in_scope_per_jurisdiction()
    {
        var scenario = Runs.Scenario(seed: 51, paths: 500, scope: ["dandong"]);
        var result = await Runs.RunToEnd(fixture.Grains, scenario);

        var progress = await fixture.Grains.GetGrain<IScenarioRunGrain>(result.RunId).GetProgress();

        Assert.Equal(RunState.Completed, progress.State);
        Assert.Equal(Shipped.Catalog.PairsOf("dandong").Count() + Shipped.Catalog.PairsOf("zhenxing").Count(), progress.PairsTotal);
        Assert.Equal(progress.PairsTotal, progress.PairsDone);
        Assert.Equal(["dandong", "zhenxing"], result.Rollups.Select(r => r.Jurisdiction));
        Assert.All(result.Pairs, p => Assert.Contains(p.Definition.Jurisdiction, new[] { "dandong", "zhenxing" }));
    }

    [Fact]
    public async Task Dandong_reports_the_share_of_its_new_urban_jobs_target_that_zhenxing_holds()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 61, paths: 200, scope: ["dandong"]));

        var share = Assert.Single(result.Rollups.Single(r => r.Jurisdiction == "dandong").AdditiveShares, s => s.Indicator == "new-urban-jobs");
        Assert.Equal((51_000.0, 12_000.0), (share.ParentGoal, share.ChildrenGoal));
        Assert.Equal(12_000.0 / 51_000, share.Share, 12);
        Assert.Equal(["zhenxing"], share.Children);
        Assert.Empty(share.Exceeding);
    }

    [Fact]
    public async Task A_rollup_lists_its_worst_pairs_with_reasons_and_counts_basis_none_apart()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 71, paths: 500));
        var root = result.Rollups[0];

        Assert.Equal(result.Pairs.Count(p => p.Basis == "none"), root.InsufficientData);
        Assert.Equal(root.InsufficientData, root.Flags.InsufficientData);
        Assert.Equal(root.Assessed + 1, root.MetDistribution.Count);
        Assert.Equal(root.Targets, root.ByDomain.Sum(d => d.Flags.OnTrack + d.Flags.AtRisk + d.Flags.LikelyMissed + d.Flags.InsufficientData + d.Flags.Settled));
        var lowest = result.Pairs.Where(p => p.PMeet is not null).OrderBy(p => p.PMeet).ThenBy(p => p.Definition.Pair, StringComparer.Ordinal).Take(10).ToList();
        Assert.Equal(lowest.Select(p => p.Definition.Pair), root.Worst.Select(w => w.Pair));
        Assert.All(root.Worst, w => Assert.False(string.IsNullOrWhiteSpace(w.ReasonZh) || string.IsNullOrWhiteSpace(w.ReasonEn)));
    }

    [Fact]
    public async Task A_rollup_comes_from_the_latest_completed_run_of_the_scenario_whose_scope_holds_the_jurisdiction()
    {
        var whole = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 81, paths: 300, id: "scoped"));
        var city = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 82, paths: 300, id: "scoped", scope: ["dandong"]));

        Assert.Equal(whole.RunId, (await fixture.Grains.GetGrain<IJurisdictionGrain>("china").GetRollup("scoped"))!.RunId);
        Assert.Equal(city.RunId, (await fixture.Grains.GetGrain<IJurisdictionGrain>("zhenxing").GetRollup("scoped"))!.RunId);
        Assert.Equal(city.RunId, (await fixture.Grains.GetGrain<IIndicatorGrain>("dandong/new-urban-jobs").GetForecast("scoped"))!.RunId);
        Assert.Equal(whole.RunId, (await fixture.Grains.GetGrain<IIndicatorGrain>("shenyang/new-urban-jobs").GetForecast("scoped"))!.RunId);
    }

    [Fact]
    public async Task A_stored_run_reads_back_whole_after_its_grain_is_deactivated()
    {
        var scenario = Runs.Scenario(seed: 91, paths: 300, id: "stored");
        var before = await Runs.RunToEnd(fixture.Grains, scenario);

        await fixture.Grains.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var run = fixture.Grains.GetGrain<IScenarioRunGrain>(before.RunId);
        var after = await RunResults.ReadAsync(fixture.Grains, before.RunId);

        Assert.Equal(RunState.Completed, (await run.GetProgress()).State);
        Assert.NotNull(after);
        Assert.Equal(before.CompletedAt, after.CompletedAt);
        Assert.Equal(before.Pairs.Select(p => (p.Definition.Pair, p.Definition.NameZh, p.PMeet, p.ReasonEn)), after.Pairs.Select(p => (p.Definition.Pair, p.Definition.NameZh, p.PMeet, p.ReasonEn)));
        Assert.Equal(before.Rollups.Select(r => r.MetDistribution), after.Rollups.Select(r => r.MetDistribution));
    }
}
