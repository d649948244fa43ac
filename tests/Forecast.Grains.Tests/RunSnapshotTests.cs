using System.Collections.Concurrent;
using Forecast.Contracts;
using Forecast.Grains.Runs;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>
/// A run stores its snapshot of observations once; its orders carry none, and each silo reads the snapshot from
/// storage once for all the jurisdictions it holds.
/// </summary>
public sealed class RunSnapshotTests
{
    [Fact]
    public async Task Each_silo_reads_a_runs_snapshot_from_storage_once_for_all_its_jurisdictions()
    {
        var reads = new ConcurrentDictionary<IServiceProvider, int>();
        await using var cluster = Shipped.Cluster(
            silos: 2,
            seedOnStart: false,
            storageFactory: services => new CountedSnapshotReads(
                new CopyingMemoryGrainStorage(ForecastStorage.Name, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<DeepCopier>()),
                () => reads.AddOrUpdate(services, 1, (_, n) => n + 1)));
        await cluster.DeployAsync();

        var result = await Runs.RunToEnd(cluster.Client, Runs.Scenario(seed: 5, paths: 200));

        Assert.Equal(Shipped.Catalog.Pairs.Count, result.Pairs.Count);
        Assert.True(Shipped.Catalog.Jurisdictions.Count > 2 * 2, "enough jurisdictions that reading per jurisdiction would show");
        // The run grain stores the snapshot (a read for its ETag, then the write); each silo holding jurisdictions reads it once.
        Assert.InRange(reads.Values.Sum(), 2, 3);
        Assert.All(reads.Values, n => Assert.InRange(n, 1, 2));
    }

    [Fact]
    public async Task A_completed_run_keeps_the_snapshot_it_read_beside_its_state()
    {
        await using var cluster = Shipped.Cluster(silos: 1);
        await cluster.DeployAsync();
        var scenario = Runs.Scenario(seed: 9, paths: 200);
        var result = await Runs.RunToEnd(cluster.Client, scenario);
        var runs = cluster.Silos[0].ServiceProvider.GetRequiredService<StoredRuns>();

        var stored = await runs.Read(ScenarioRuns.RunIdOf(scenario));
        var snapshot = await runs.ReadSnapshot(ScenarioRuns.RunIdOf(scenario));

        Assert.Equal(RunState.Completed, stored.State);
        Assert.NotNull(snapshot);
        Assert.Equal(stored.InputsHash, snapshot.InputsHash);
        var observed = result.Pairs.Where(p => p.Observations.Count > 0).ToList();
        Assert.NotEmpty(observed);
        Assert.All(observed, p => Assert.Equal(p.Observations, snapshot.Observations[p.Definition.Pair]));
    }

    [Fact]
    public async Task A_run_stored_without_its_snapshot_gets_it_when_started_again_on_the_same_observations()
    {
        // As a run stored by the version before snapshots were kept beside the run: its result stands, no snapshot.
        await using var cluster = Shipped.Cluster(silos: 1);
        await cluster.DeployAsync();
        var scenario = Runs.Scenario(seed: 21, paths: 200);
        var first = await Runs.RunToEnd(cluster.Client, scenario);
        var runs = cluster.Silos[0].ServiceProvider.GetRequiredService<StoredRuns>();
        await runs.ClearSnapshot(ScenarioRuns.RunIdOf(scenario));

        var again = await Runs.RunToEnd(cluster.Client, scenario);

        Assert.Equal(first.CompletedAt, again.CompletedAt);
        Assert.Equal((await runs.Read(ScenarioRuns.RunIdOf(scenario))).InputsHash, (await runs.ReadSnapshot(ScenarioRuns.RunIdOf(scenario)))?.InputsHash);
    }

    private sealed class CountedSnapshotReads(IGrainStorage inner, Action counted) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (stateName == StoredRuns.SnapshotStateName)
                counted();
            return inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
