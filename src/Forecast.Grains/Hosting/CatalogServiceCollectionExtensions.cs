using Forecast.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Forecast.Grains;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the catalog as a singleton, loaded once from <paramref name="dataDirectory"/> when first needed.
    /// A broken catalog fails the silo's start with every error listed, rather than serving half a catalog.
    /// </summary>
    public static IServiceCollection AddForecastCatalog(this IServiceCollection services, string dataDirectory) =>
        services.AddSingleton(_ => CatalogLoader.Load(dataDirectory));

    /// <summary>Registers an already loaded catalog.</summary>
    public static IServiceCollection AddForecastCatalog(this IServiceCollection services, ForecastCatalog catalog) =>
        services.AddSingleton(catalog);
}
