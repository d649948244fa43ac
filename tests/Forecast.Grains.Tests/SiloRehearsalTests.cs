using System.Collections.Concurrent;
using Forecast.Grains.Runs;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>
/// A long-lived silo rehearses a run as it starts, so its first run does not pay for compiling its code: in memory,
/// storing nothing, changing no answer, and never keeping the silo from starting.
/// </summary>
public sealed class SiloRehearsalTests
{
    [Fact]
    public async Task A_rehearsing_silo_reads_the_rehearsals_rows_and_writes_nothing()
    {
        var calls = new ConcurrentQueue<(string Operation, string StateName, GrainId Grain)>();
        await using var cluster = Shipped.Cluster(
            silos: 1,
            seedOnStart: false,
            rehearseOnStart: true,
            storageFactory: services => new WatchedStorage(Memory(services), calls));
        await cluster.DeployAsync();

        Assert.Contains(calls, c => c.Operation == "read" && c.StateName == StoredRuns.SnapshotStateName && c.Grain.Key.ToString() == SiloRehearsal.RunId);
        Assert.Contains(calls, c => c.Operation == "read" && c.StateName == RunParts.StateName(SiloRehearsal.RunId));
        // Its last step: the run index, activated by a read.
        var index = cluster.Client.GetGrain<IRunIndexGrain>(RunIndex.Key).GetGrainId();
        Assert.Contains(calls, c => c.Operation == "read" && c.Grain == index);
        Assert.DoesNotContain(calls, c => c.Operation != "read");
    }

    [Fact]
    public async Task A_rehearsed_silo_answers_a_run_as_one_that_did_not_rehearse()
    {
        var scenario = Runs.Scenario(seed: 11, paths: 500);
        await using var plain = Shipped.Cluster(silos: 1, seedOnStart: false);
        await plain.DeployAsync();
        var expected = await Runs.RunToEnd(plain.Client, scenario);
        await using var rehearsed = Shipped.Cluster(silos: 1, seedOnStart: false, rehearseOnStart: true);
        await rehearsed.DeployAsync();

        var actual = await Runs.RunToEnd(rehearsed.Client, scenario);

        Assert.Equal(expected.Pairs.Count, actual.Pairs.Count);
        Assert.Equal(
            expected.Pairs.Select(p => (p.Definition.Pair, p.PMeet, p.Flag)),
            actual.Pairs.Select(p => (p.Definition.Pair, p.PMeet, p.Flag)));
    }

    [Fact]
    public async Task A_silo_whose_rehearsal_fails_starts_and_runs()
    {
        await using var cluster = Shipped.Cluster(
            silos: 1,
            seedOnStart: false,
            rehearseOnStart: true,
            storageFactory: services => new RehearsalRefused(Memory(services)));
        await cluster.DeployAsync();

        var result = await Runs.RunToEnd(cluster.Client, Runs.Scenario(seed: 3, paths: 200));

        Assert.Equal(Shipped.Catalog.Pairs.Count, result.Pairs.Count);
    }

    private static CopyingMemoryGrainStorage Memory(IServiceProvider services) =>
        new(ForecastStorage.Name, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<DeepCopier>());

    private sealed class WatchedStorage(IGrainStorage inner, ConcurrentQueue<(string, string, GrainId)> calls) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            calls.Enqueue(("read", stateName, grainId));
            return inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            calls.Enqueue(("write", stateName, grainId));
            return inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            calls.Enqueue(("clear", stateName, grainId));
            return inner.ClearStateAsync(stateName, grainId, grainState);
        }
    }

    /// <summary>Storage that fails every read of the rehearsal's rows, as a database that is not yet reachable would.</summary>
    private sealed class RehearsalRefused(IGrainStorage inner) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            grainId.Key.ToString() == SiloRehearsal.RunId || stateName == RunParts.StateName(SiloRehearsal.RunId)
                ? throw new IOException("the test's storage refuses the rehearsal's reads")
                : inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
