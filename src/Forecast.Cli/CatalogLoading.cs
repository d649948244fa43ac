using Forecast.Catalog;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>Finds and loads the catalog for a command, printing every error when it cannot.</summary>
internal static class CatalogLoading
{
    public static ForecastCatalog? Load(IAnsiConsole console, string? dataOption)
    {
        var directory = DataDirectory.Resolve(dataOption);
        if (directory is null)
        {
            console.MarkupLine("[red]error:[/] no data/ folder found here or above; pass --data DIR or set FORECAST_DATA.");
            return null;
        }

        var catalog = CatalogLoader.TryLoad(directory, out var errors);
        if (catalog is null)
        {
            foreach (var error in errors)
                console.MarkupLineInterpolated($"[red]error:[/] {error}");
            console.MarkupLineInterpolated($"[red]{errors.Count} error(s); nothing was loaded from {directory}.[/]");
        }

        return catalog;
    }
}
