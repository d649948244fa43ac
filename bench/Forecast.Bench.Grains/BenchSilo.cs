using Forecast.Catalog;
using Forecast.Grains;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forecast.Bench.Grains;

/// <summary>The embedded silo every grain benchmark measures: the shipped catalog and priors, memory storage, warnings only.</summary>
internal static class BenchSilo
{
    public static async Task<IHost> StartAsync(ForecastCatalog catalog, ForecastPriors priors)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort.Next(), FreePort.Next())
            .AddForecastGrains(catalog, priors)
            .AddForecastMemoryStorage());
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
