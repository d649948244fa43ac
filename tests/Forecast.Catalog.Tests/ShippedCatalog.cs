using Forecast.Catalog;

namespace Forecast.Catalog.Tests;

/// <summary>The catalog shipped in the repository's data/ folder, loaded once for all tests.</summary>
public static class ShippedCatalog
{
    private static readonly Lazy<ForecastCatalog> Loaded = new(() => CatalogLoader.Load(Directory));

    public static string Directory =>
        DataDirectory.Resolve() ?? throw new InvalidOperationException("The repository's data/ folder was not found above the test binaries.");

    public static ForecastCatalog Catalog => Loaded.Value;
}
