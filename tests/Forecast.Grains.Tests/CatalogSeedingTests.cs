using Forecast.Contracts;
using Forecast.Grains.Pairs;
using Forecast.Grains.Views;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Forecast.Grains.Tests;

/// <summary>
/// Seeding at silo start, on storage that outlives the cluster (as PostgreSQL does): a restart on the same catalog
/// writes nothing; a changed catalog is noticed by hash and applied; users' observations are kept either way.
/// </summary>
public sealed class CatalogSeedingTests
{
    private const string Pair = "east/basic-pension";

    [Fact]
    public async Task A_changed_catalog_is_applied_at_start_and_the_observations_are_kept()
    {
        var storage = new SharedStorage();
        var before = SyntheticCatalog.TwoDistricts();
        await using (var first = Shipped.Cluster(silos: 2, catalog: before, storage: storage))
        {
            await first.DeployAsync();
            await first.Client.GetGrain<IIndicatorGrain>(Pair).RecordObservation(new ObservationInput(2023, 131, "test observation", "seeding test"));
        }

        var after = SyntheticCatalog.TwoDistricts(pensionNameEn: "Minimum basic pension (renamed)");
        await using var second = Shipped.Cluster(silos: 2, catalog: after, storage: storage);
        await second.DeployAsync();

        var grain = second.Client.GetGrain<IIndicatorGrain>(Pair);
        Assert.Equal("Minimum basic pension (renamed)", (await grain.GetDefinition()).NameEn);
        Assert.Equal([131.0], (await grain.GetObservations()).Select(o => o.Value));
        var stored = StoredState(second, storage);
        Assert.Equal(new CatalogViews(after).DefinitionHashOf(Pair), stored.DefinitionHash);
        Assert.NotEqual(new CatalogViews(before).DefinitionHashOf(Pair), stored.DefinitionHash);
    }

    [Fact]
    public async Task Starting_again_on_the_same_catalog_changes_nothing()
    {
        var storage = new SharedStorage();
        var catalog = SyntheticCatalog.TwoDistricts();
        await using (var first = Shipped.Cluster(silos: 1, catalog: catalog, storage: storage))
        {
            await first.DeployAsync();
            await first.Client.GetGrain<IIndicatorGrain>(Pair).RecordObservation(new ObservationInput(2023, 131, "test observation", "seeding test"));
        }

        var writes = storage.Writes;
        await using var second = Shipped.Cluster(silos: 2, catalog: catalog, storage: storage);
        await second.DeployAsync();

        Assert.False(await second.Client.GetGrain<IPairSeeding>(Pair).Seed());
        Assert.Equal(writes, storage.Writes);
        Assert.Equal([131.0], (await second.Client.GetGrain<IIndicatorGrain>(Pair).GetObservations()).Select(o => o.Value));
    }

    private static IndicatorState StoredState(Orleans.TestingHost.InProcessTestCluster cluster, SharedStorage storage)
    {
        var serializer = cluster.Silos[0].ServiceProvider.GetRequiredService<Serializer>();
        var grainId = cluster.Client.GetGrain<IIndicatorGrain>(Pair).GetGrainId();
        return storage.Read<IndicatorState>(serializer, "pair", grainId) ?? throw new InvalidOperationException("nothing stored for " + Pair);
    }
}
