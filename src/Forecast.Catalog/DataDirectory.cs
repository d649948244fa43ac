namespace Forecast.Catalog;

/// <summary>Finds the catalog's <c>data/</c> folder so that commands work from anywhere inside a checkout.</summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "FORECAST_DATA";

    /// <summary>
    /// The folder given explicitly, else <c>$FORECAST_DATA</c>, else the nearest <c>data/</c> above the working
    /// directory or above the program, else null.
    /// </summary>
    public static string? Resolve(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
            return explicitPath;
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
            return fromEnvironment;
        return FindAbove(Directory.GetCurrentDirectory()) ?? FindAbove(AppContext.BaseDirectory);
    }

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, CatalogLoader.JurisdictionsFile)))
                return candidate;
        }

        return null;
    }
}
