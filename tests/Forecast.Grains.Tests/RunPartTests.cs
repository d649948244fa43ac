using Forecast.Contracts;
using Forecast.Grains.Runs;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>A run's result lives with its jurisdictions: each stores the part it computed, and the run grain none of it.</summary>
[Collection(SharedCluster.Name)]
public sealed class RunPartTests(ClusterFixture fixture)
{
    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);

    private async Task<GrainState<T>> Read<T>(string stateName, GrainId grain)
        where T : new()
    {
        var state = new GrainState<T>(new T());
        await Storage.ReadStateAsync(stateName, grain, state);
        return state;
    }

    [Fact]
    public async Task Each_jurisdiction_stores_its_own_pairs_and_rollup_under_its_own_id_keyed_by_run()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 131, paths: 300, id: "parts"));

        foreach (var jurisdiction in Shipped.Catalog.Subtree("china").Select(j => j.Id))
        {
            var part = await Read<StoredRunPart>(RunParts.StateName(result.RunId), fixture.Grains.GetGrain<IJurisdictionRun>(jurisdiction).GetGrainId());
            Assert.True(part.RecordExists, $"{jurisdiction} stored no part");
            Assert.Equal(result.Pairs.Where(p => p.Definition.Jurisdiction == jurisdiction).Select(p => (p.Definition.Pair, p.PMeet)), part.State!.Pairs.Select(p => (p.Pair, p.PMeet)));
            Assert.Equal(jurisdiction, part.State.Rollup!.Jurisdiction);
        }
    }

    [Fact]
    public async Task The_run_grain_stores_the_outline_of_the_run_and_not_its_pairs()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 137, paths: 300, id: "outline"));

        var stored = await Read<ScenarioRunState>("run", fixture.Grains.GetGrain<IScenarioRunGrain>(result.RunId).GetGrainId());

        Assert.Equal(RunState.Completed, stored.State!.State);
        Assert.Equal(result.Rollups.Select(r => r.Jurisdiction), stored.State.Outline!.Jurisdictions);
        Assert.Equal(result.Pairs.Count, stored.State.PairsTotal);
        Assert.DoesNotContain("reason", System.Text.Json.JsonSerializer.Serialize(stored.State), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_jurisdictions_part_reads_back_as_the_same_forecasts_the_whole_result_holds()
    {
        var result = await Runs.RunToEnd(fixture.Grains, Runs.Scenario(seed: 139, paths: 300, id: "part-read"));

        var part = await fixture.Grains.GetGrain<IJurisdictionGrain>("dandong").GetRunPart(result.RunId);

        Assert.NotNull(part);
        Assert.Equal(Json(result.Pairs.Where(p => p.Definition.Jurisdiction == "dandong").ToList()), Json(part.Pairs));
        Assert.Equal(Json(result.Rollups.Single(r => r.Jurisdiction == "dandong")), Json(part.Rollup));
        Assert.Null(await fixture.Grains.GetGrain<IJurisdictionGrain>("dandong").GetRunPart(new string('0', 64)));
    }

    /// <summary>Records holding lists compare them by reference: compare what they say.</summary>
    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
