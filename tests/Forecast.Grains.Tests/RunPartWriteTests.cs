using Forecast.Grains.Runs;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>A silo writes a bounded number of run parts at once, so a national run's parts cannot exhaust its connection pool.</summary>
public sealed class RunPartWriteTests
{
    [Fact]
    public async Task A_silo_writes_at_most_WrittenAtOnce_parts_at_once_and_every_part_in_the_end()
    {
        var storage = new HeldRunParts();
        await using var cluster = Shipped.Cluster(
            silos: 1,
            seedOnStart: false,
            storageFactory: services =>
            {
                storage.Inner = new CopyingMemoryGrainStorage(ForecastStorage.Name, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<DeepCopier>());
                return storage;
            });
        await cluster.DeployAsync();
        var parts = cluster.Silos[0].ServiceProvider.GetRequiredService<RunParts>();
        var jurisdictions = Shipped.Catalog.Jurisdictions.Select(j => j.Id).Take(RunParts.WrittenAtOnce * 3).ToList();

        var writes = jurisdictions.Select(j => parts.Write("held-run", j, new StoredRunPart { Rollup = null })).ToList();
        var enteredAtOnce = storage.Entered;
        storage.Release();
        await Task.WhenAll(writes);

        Assert.Equal(RunParts.WrittenAtOnce, enteredAtOnce);
        Assert.Equal(jurisdictions.Count, storage.Written);
    }

    /// <summary>Memory storage whose run-part reads wait until released, counting the writes that reached it.</summary>
    private sealed class HeldRunParts : IGrainStorage
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _entered;
        private int _written;

        public IGrainStorage Inner { get; set; } = null!;

        public int Entered => Volatile.Read(ref _entered);

        public int Written => Volatile.Read(ref _written);

        public void Release() => _released.SetResult();

        public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (stateName.StartsWith("run/", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _entered);
                await _released.Task;
            }

            await Inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await Inner.WriteStateAsync(stateName, grainId, grainState);
            if (stateName.StartsWith("run/", StringComparison.Ordinal))
                Interlocked.Increment(ref _written);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
