using Forecast.Contracts;

namespace Forecast.Grains.Tests;

/// <summary>A run's numbers depend on the scenario and the data only: not on how many silos there are, nor on which grain woke first.</summary>
public sealed class PlacementTests
{
    [Fact]
    public async Task A_run_gives_the_same_numbers_on_one_silo_and_on_three_whatever_the_activation_order()
    {
        var scenario = Runs.Scenario(seed: 97, paths: 1_000, id: "placement") with
        {
            Shocks = [new ScenarioShockSpec("slump", "economy", null, null, null, 2024, 2025, -0.05)],
        };

        RunResult one, three;
        await using (var single = Shipped.Cluster(silos: 1))
        {
            await single.DeployAsync();
            one = await Runs.RunToEnd(single.Client, scenario);
        }

        await using (var cluster = Shipped.Cluster(silos: 3))
        {
            await cluster.DeployAsync();

            // Wake the jurisdictions leaves first and the pairs in a shuffled order before the run reaches them.
            foreach (var jurisdiction in Shipped.Catalog.Subtree("china").Reverse())
                await cluster.Client.GetGrain<IJurisdictionGrain>(jurisdiction.Id).GetView();
            var shuffled = Shipped.Catalog.Pairs.Select(p => p.ToString()).OrderBy(_ => Random.Shared.Next()).ToList();
            await Task.WhenAll(shuffled.Select(p => cluster.Client.GetGrain<IIndicatorGrain>(p).GetDefinition()));
            three = await Runs.RunToEnd(cluster.Client, scenario);
        }

        Assert.Equal(one.Pairs.Count, three.Pairs.Count);
        for (var i = 0; i < one.Pairs.Count; i++)
        {
            var (a, b) = (one.Pairs[i], three.Pairs[i]);
            Assert.Equal(a.Definition.Pair, b.Definition.Pair);
            Assert.Equal((a.PMeet, a.StandardError, a.MedianGap, a.ExpectedShortfall, a.Flag, a.ReasonEn), (b.PMeet, b.StandardError, b.MedianGap, b.ExpectedShortfall, b.Flag, b.ReasonEn));
            Assert.Equal(a.Fan, b.Fan);
        }

        Assert.Equal(one.Rollups.Select(r => r.Jurisdiction), three.Rollups.Select(r => r.Jurisdiction));
        for (var i = 0; i < one.Rollups.Count; i++)
        {
            var (a, b) = (one.Rollups[i], three.Rollups[i]);
            Assert.Equal(a.ExpectedMet, b.ExpectedMet);
            Assert.Equal(a.MetDistribution, b.MetDistribution);
            Assert.Equal(a.Flags, b.Flags);
            Assert.Equal(a.Worst, b.Worst);
        }
    }
}
