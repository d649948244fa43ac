using System.Text.RegularExpressions;
using Forecast.Contracts;
using Forecast.Grains.Pairs;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>Start answers once the scenario is validated; the snapshot and the fan-out follow in the run's own turns.</summary>
public sealed partial class RunStartTests
{
    [Fact]
    public async Task Start_answers_before_the_snapshot_is_read_and_progress_shows_the_snapshot_phase()
    {
        var reads = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var catalog = SyntheticCatalog.TwoDistricts();
        await using var cluster = Shipped.Cluster(
            silos: 1,
            catalog: catalog,
            seedOnStart: false,
            storageFactory: services => new HeldPairReads(
                new CopyingMemoryGrainStorage(ForecastStorage.Name, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<DeepCopier>()),
                reads.Task));
        await cluster.DeployAsync();
        var scenario = Runs.Scenario(paths: 200);
        var run = cluster.Client.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));

        var started = await run.Start(scenario);
        var polled = await run.GetProgress();

        Assert.Equal(RunState.Running, started.State);
        Assert.Equal(RunState.Running, polled.State);
        Assert.Equal(SyntheticCatalog.Pairs.Length, polled.PairsTotal);
        var snapshot = SnapshotPhase().Match(polled.Phase ?? "");
        Assert.True(snapshot.Success, $"phase '{polled.Phase}'");
        Assert.Equal(catalog.Jurisdictions.Count, int.Parse(snapshot.Groups["total"].Value));
        Assert.True(int.Parse(snapshot.Groups["done"].Value) < catalog.Jurisdictions.Count, "the snapshot cannot end while the pairs' reads are held");

        reads.SetResult();
        var result = await Runs.RunToEnd(cluster.Client, scenario);

        Assert.Equal(SyntheticCatalog.Pairs.Order(StringComparer.Ordinal), result.Pairs.Select(p => p.Definition.Pair).Order(StringComparer.Ordinal));
        Assert.Null((await run.GetProgress()).Phase);
    }

    [GeneratedRegex(@"^snapshot (?<done>\d+)/(?<total>\d+) jurisdictions$")]
    private static partial Regex SnapshotPhase();

    /// <summary>Memory storage whose pairs' reads wait for <paramref name="released"/>, one by one (it reads no states together).</summary>
    private sealed class HeldPairReads(IGrainStorage inner, Task released) : IGrainStorage
    {
        public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (stateName == IndicatorGrain.StateName)
                await released;
            await inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
