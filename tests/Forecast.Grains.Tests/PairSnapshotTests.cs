using Forecast.Contracts;
using Forecast.Grains.Pairs;
using System.Text.Json;
using Forecast.Grains.Runs;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>
/// What a run costs the pairs on a cold cluster: a pair with nothing stored writes nothing; a run's snapshot reads the
/// pairs' stored observations without activating them; a storage failure reaches the caller naming the pair and cause.
/// </summary>
public sealed class PairSnapshotTests
{
    private const string Pair = "east/basic-pension";

    [Fact]
    public async Task Seeding_a_pair_with_nothing_stored_writes_nothing()
    {
        var storage = new SharedStorage();
        await using var cluster = Shipped.Cluster(silos: 1, catalog: SyntheticCatalog.TwoDistricts(), storage: storage);
        await cluster.DeployAsync(); // seeds every pair

        Assert.Equal("Minimum basic pension", (await cluster.Client.GetGrain<IIndicatorGrain>(Pair).GetDefinition()).NameEn);
        Assert.Equal(0, storage.Writes);
    }

    [Fact]
    public async Task A_snapshot_reads_stored_observations_without_activating_the_pairs()
    {
        var storage = new SharedStorage();
        var catalog = SyntheticCatalog.TwoDistricts();
        await using (var first = Shipped.Cluster(silos: 1, catalog: catalog, storage: storage))
        {
            await first.DeployAsync();
            await first.Client.GetGrain<IIndicatorGrain>(Pair).RecordObservation(new ObservationInput(2023, 131, "test observation", "snapshot test"));
        }

        await using var second = Shipped.Cluster(silos: 2, catalog: catalog, storage: storage, seedOnStart: false);
        await second.DeployAsync();

        var observations = await second.Client.GetGrain<IJurisdictionRun>("east").GetObservations();

        Assert.Equal([131.0], observations[Pair].Select(o => o.Value));
        var statistics = await second.Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        Assert.DoesNotContain(statistics, s => s.GrainType.Contains(nameof(IndicatorGrain), StringComparison.Ordinal) && s.ActivationCount > 0);
    }

    [Fact]
    public async Task A_jurisdictions_pairs_read_together_from_memory_storage_equal_each_pair_read_alone()
    {
        await using var cluster = Shipped.Cluster(silos: 2, catalog: SyntheticCatalog.TwoDistricts());
        await cluster.DeployAsync();
        IReadOnlyList<string> pairs = SyntheticCatalog.Pairs;
        await cluster.Client.GetGrain<IIndicatorGrain>(Pair).RecordObservation(new ObservationInput(2023, 131, "test observation", "snapshot test"));
        await cluster.Client.GetGrain<IIndicatorGrain>(Pair).RecordObservation(new ObservationInput(2024, 135.5, "test observation", "snapshot test"));
        var services = cluster.Silos[1].ServiceProvider;
        Assert.IsAssignableFrom<IGrainStateQuery>(services.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name));
        var stored = services.GetRequiredService<StoredPairObservations>();

        var together = await stored.ReadMany(pairs);

        Assert.Equal(pairs.Order(StringComparer.Ordinal), together.Keys.Order(StringComparer.Ordinal));
        foreach (var pair in pairs)
            Assert.Equal(JsonSerializer.Serialize(await stored.Read(pair)), JsonSerializer.Serialize(together[pair]));
        Assert.Equal([131.0, 135.5], together[Pair].Observations.Select(o => o.Value));
    }

    [Fact]
    public async Task A_storage_failure_reaches_the_caller_naming_the_pair_and_the_cause()
    {
        await using var cluster = Shipped.Cluster(
            silos: 2,
            catalog: SyntheticCatalog.TwoDistricts(),
            seedOnStart: false,
            grainStorage: new UnreachableStorage());
        await cluster.DeployAsync();

        var error = await Assert.ThrowsAsync<PairStorageException>(() => cluster.Client.GetGrain<IJurisdictionRun>("east").GetObservations());

        Assert.Equal(Pair, error.Pair);
        Assert.Contains($"Pair {Pair}: reading its stored observations failed", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{typeof(DatabaseDownException).FullName}: the database is down", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An exception type no silo's serializer is told it may carry, as a database driver's.</summary>
    private sealed class DatabaseDownException() : Exception("the database is down");

    private sealed class UnreachableStorage : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => throw new DatabaseDownException();

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => throw new DatabaseDownException();

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => throw new DatabaseDownException();
    }
}
