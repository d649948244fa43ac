using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Forecast.Grains.Tests;

/// <summary>The shipped catalog and priors, and clusters built on them.</summary>
internal static class Shipped
{
    private static readonly Lazy<ForecastPriors> LoadedPriors = new(() =>
        PriorsReader.Read(Path.Combine(ShippedCatalog.Directory, "..", "scenarios", "priors.yaml"), ShippedCatalog.Catalog));

    public static ForecastCatalog Catalog => ShippedCatalog.Catalog;

    public static ForecastPriors Priors => LoadedPriors.Value;

    /// <summary>A cluster of <paramref name="silos"/> in-process silos; <paramref name="services"/> registers test seams before the grains' defaults.</summary>
    public static InProcessTestCluster Cluster(int silos, Action<IServiceCollection>? services = null, ForecastCatalog? catalog = null)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) =>
        {
            services?.Invoke(silo.Services);
            silo.AddForecastGrains(catalog ?? Catalog, Priors).AddForecastMemoryStorage();
        });
        return builder.Build();
    }
}
