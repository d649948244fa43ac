using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
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
    /// <param name="storage">Grain storage that outlives the cluster; memory storage when null.</param>
    /// <param name="grainStorage">Grain storage to use instead of either.</param>
    /// <param name="storageFactory">Grain storage built from the silo's services (a decorator needing its serializer), instead of any of them.</param>
    /// <param name="seedOnStart">Whether every pair is seeded (activated) as the silos start.</param>
    /// <param name="rehearseOnStart">Whether each silo rehearses a run before it reports itself started.</param>
    public static InProcessTestCluster Cluster(
        int silos,
        Action<IServiceCollection>? services = null,
        ForecastCatalog? catalog = null,
        ForecastPriors? priors = null,
        SharedStorage? storage = null,
        bool seedOnStart = true,
        IGrainStorage? grainStorage = null,
        Func<IServiceProvider, IGrainStorage>? storageFactory = null,
        bool rehearseOnStart = false)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) =>
        {
            services?.Invoke(silo.Services);
            silo.AddForecastGrains(catalog ?? Catalog, priors ?? Priors, seedOnStart, rehearseOnStart);
            if (storageFactory is not null)
                silo.Services.AddKeyedSingleton<IGrainStorage>(ForecastStorage.Name, (sp, _) => storageFactory(sp));
            else if (grainStorage is not null)
                silo.Services.AddKeyedSingleton(ForecastStorage.Name, grainStorage);
            else if (storage is null)
                silo.AddForecastMemoryStorage();
            else
                silo.Services.AddKeyedSingleton<IGrainStorage>(ForecastStorage.Name, (sp, _) => storage.For(sp.GetRequiredService<Serializer>()));
        });
        return builder.Build();
    }
}
