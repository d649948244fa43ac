using Forecast.Grains.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Forecast.Model.Forecasting;
using Orleans.TestingHost;

namespace Forecast.Grains.Tests;

/// <summary>
/// Two in-process silos sharing the shipped catalog and priors, with the "forecast" storage in memory, started once
/// for the test class; the model fails for one pair in runs with <see cref="FailingPairForecaster.Seed"/>.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public static ForecastPriors Priors => Shipped.Priors;

    public async Task InitializeAsync()
    {
        Cluster = Shipped.Cluster(silos: 2, services => services.AddSingleton<IPairForecaster, FailingPairForecaster>());
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
