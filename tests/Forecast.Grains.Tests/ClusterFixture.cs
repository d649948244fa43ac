using Forecast.Catalog.Tests;
using Orleans.TestingHost;

namespace Forecast.Grains.Tests;

/// <summary>Two in-process silos sharing the shipped catalog, started once for the test class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) => silo.Services.AddForecastCatalog(ShippedCatalog.Catalog));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
