using Forecast.Catalog;
using Forecast.Grains.Forecasting;
using Forecast.Grains.Pairs;
using Forecast.Grains.Placement;
using Forecast.Grains.Runs;
using Forecast.Grains.Storage;
using Forecast.Grains.Telemetry;
using Forecast.Grains.Views;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;

namespace Forecast.Grains;

public static class ForecastGrainsExtensions
{
    /// <summary>
    /// Everything the grains need on a silo: the catalog and the priors (shared, immutable), the catalog's views, the
    /// model behind <see cref="IPairForecaster"/>, the Forecast meter, and the startup task that seeds every pair.
    /// A test may register its own <see cref="IPairForecaster"/> before or after; the first registration wins.
    /// </summary>
    /// <param name="rehearseOnStart">
    /// A silo that serves many runs rehearses one in memory before it reports itself started (<see cref="SiloRehearsal"/>),
    /// so that its first run does not pay for compiling its code. A process that runs once and exits gains nothing.
    /// </param>
    public static ISiloBuilder AddForecastGrains(this ISiloBuilder silo, ForecastCatalog catalog, ForecastPriors priors, bool seedOnStart = true, bool rehearseOnStart = false)
    {
        silo.Services.TryAddSingleton(catalog);
        silo.Services.TryAddSingleton(priors);
        silo.Services.TryAddSingleton<CatalogViews>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, CatalogIndexing>();
        silo.Services.TryAddSingleton<StoredRuns>();
        silo.Services.TryAddSingleton<PreparedRuns>();
        silo.Services.TryAddSingleton<WhatIf.WhatIfPreparations>();
        silo.Services.TryAddSingleton<StoredPairObservations>();
        silo.Services.TryAddSingleton<RunParts>();
        silo.Services.TryAddSingleton<ComputeGate>();
        silo.Services.AddPlacementDirector<PairBalancedPlacement, PairBalancedPlacementDirector>();
        silo.Services.TryAddSingleton<IPairForecaster, ModelPairForecaster>();
        silo.Services.AddMetrics();
        silo.Services.TryAddSingleton<ForecastMetrics>();
        // A finished run's grain holds its outline and snapshot: it goes after Forecast:Runs:IdleRunCollectionAge, not
        // Orleans' 15 minutes, and the run index bounds how many results are stored at all.
        silo.Services.AddOptions<RunRetentionOptions>();
        silo.Services.AddOptions<GrainCollectionOptions>().Configure<IOptions<RunRetentionOptions>>((collection, runs) =>
            collection.ClassSpecificCollectionAge[typeof(ScenarioRunGrain).FullName!] = runs.Value.IdleRunCollectionAge);
        if (seedOnStart)
            silo.AddStartupTask<CatalogSeeding>();
        if (rehearseOnStart)
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SiloRehearsal>();
        return silo;
    }

    /// <summary>The embedded default: the "forecast" storage in memory. A cluster registers PostgreSQL under the same name instead.</summary>
    public static ISiloBuilder AddForecastMemoryStorage(this ISiloBuilder silo)
    {
        silo.Services.AddGrainStorage(ForecastStorage.Name, (services, name) =>
            new CopyingMemoryGrainStorage(name, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<DeepCopier>()));
        return silo;
    }
}
