using Forecast.Contracts;
using Forecast.Grains.Runs;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>The embedded default's storage, called as a grain's state calls it, from each of the two silos.</summary>
[Collection(SharedCluster.Name)]
public sealed class MemoryStorageTests(ClusterFixture fixture)
{
    private static readonly GrainId Grain = NewGrain();

    private IGrainStorage StorageOn(int silo) =>
        fixture.Cluster.Silos[silo].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);

    private static GrainId NewGrain() => GrainId.Create("memory-storage-test", Guid.NewGuid().ToString("N"));

    /// <summary>The state as a grain on <paramref name="silo"/> reads it.</summary>
    private async Task<GrainState<ScenarioRunState>> ReadOn(int silo, GrainId grain)
    {
        var read = new GrainState<ScenarioRunState>(new ScenarioRunState());
        await StorageOn(silo).ReadStateAsync("run", grain, read);
        return read;
    }

    [Fact]
    public async Task A_state_written_on_one_silo_reads_back_on_the_other()
    {
        var written = new GrainState<ScenarioRunState>(new ScenarioRunState { State = RunState.Failed, Error = "written", PairsTotal = 7 });
        await StorageOn(0).WriteStateAsync("run", Grain, written);

        var read = await ReadOn(1, Grain);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal((RunState.Failed, "written", 7), (read.State!.State, read.State!.Error, read.State!.PairsTotal));
    }

    [Fact]
    public async Task A_change_to_a_state_after_its_write_is_not_stored()
    {
        var grain = NewGrain();
        var state = new GrainState<StoredRunPart>(new StoredRunPart { Failures = [new PairFailure("dandong/new-urban-jobs", "as written")] });
        await StorageOn(0).WriteStateAsync("part", grain, state);
        state.State!.Failures[0] = new PairFailure("dandong/new-urban-jobs", "changed in memory only");
        state.State!.Failures.Add(null!);

        var read = new GrainState<StoredRunPart>(new StoredRunPart());
        await StorageOn(0).ReadStateAsync("part", grain, read);

        Assert.Equal("as written", Assert.Single(read.State!.Failures).Error);
    }

    [Fact]
    public async Task A_state_read_is_a_copy_that_a_reader_may_change()
    {
        var grain = NewGrain();
        await StorageOn(0).WriteStateAsync("run", grain, new GrainState<ScenarioRunState>(new ScenarioRunState { Error = "stored" }));

        var first = await ReadOn(0, grain);
        first.State!.Error = "changed by a reader";
        var second = await ReadOn(0, grain);

        Assert.Equal("stored", second.State!.Error);
    }

    [Fact]
    public async Task A_write_from_a_stale_ETag_is_refused_and_changes_nothing()
    {
        var grain = NewGrain();
        var first = new GrainState<ScenarioRunState>(new ScenarioRunState { Error = "first" });
        await StorageOn(0).WriteStateAsync("run", grain, first);
        var stale = new GrainState<ScenarioRunState>(new ScenarioRunState { Error = "stale" }) { ETag = null };

        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => StorageOn(1).WriteStateAsync("run", grain, stale));
        var read = await ReadOn(1, grain);
        Assert.Equal("first", read.State!.Error);
    }

    [Fact]
    public async Task A_cleared_state_reads_as_no_record()
    {
        var grain = NewGrain();
        var state = new GrainState<ScenarioRunState>(new ScenarioRunState { Error = "to clear" });
        await StorageOn(0).WriteStateAsync("run", grain, state);
        await StorageOn(1).ClearStateAsync("run", grain, state);

        var read = await ReadOn(0, grain);

        Assert.False(read.RecordExists);
        Assert.Null(read.State!.Error);
    }
}
