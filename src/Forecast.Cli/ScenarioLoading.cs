using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Model.Forecasting;
using Forecast.Scenarios;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>What a scenario run reads before any silo starts: the catalog, the priors and the scenario file, each checked.</summary>
internal sealed record ScenarioInputs(ForecastCatalog Catalog, ForecastPriors Priors, ScenarioFile File);

/// <summary>Reads and checks a scenario run's inputs, printing every error with file:line:column and field.</summary>
internal static class ScenarioLoading
{
    public const string PriorsFile = "priors.yaml";

    /// <summary>The inputs, or null after printing why not (bad input: exit 2).</summary>
    public static ScenarioInputs? Load(IAnsiConsole console, string scenarioPath, string? dataOption, string? priorsOption, ulong? seed, int? paths)
    {
        if (paths is { } p && (p < ScenarioLimits.MinPaths || p > ScenarioLimits.MaxPaths))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --paths: {p:#,0} is out of range: from {ScenarioLimits.MinPaths} to {ScenarioLimits.MaxPaths:#,0}");
            return null;
        }

        var catalog = CatalogLoading.Load(console, dataOption);
        if (catalog is null)
            return null;
        var priorsPath = priorsOption ?? FindPriors(scenarioPath, DataDirectory.Resolve(dataOption));
        if (priorsPath is null || !File.Exists(priorsPath))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {priorsPath ?? PriorsFile}:1:1: priors: not found; pass --priors FILE (scenarios/priors.yaml documents the assumptions)");
            return null;
        }

        ForecastPriors priors;
        try
        {
            YamlGuard.Check(priorsPath);
            priors = PriorsReader.Read(priorsPath, catalog);
        }
        catch (ScenarioFileException e)
        {
            Print(console, e);
            return null;
        }
        catch (CatalogException e)
        {
            foreach (var error in e.Errors)
                console.MarkupLineInterpolated($"[red]error:[/] {error}");
            return null;
        }

        ScenarioFile file;
        try
        {
            file = ScenarioReader.Read(scenarioPath, ScenarioVocabulary.From(catalog, priors.Factors.Select(f => f.Name)));
        }
        catch (ScenarioFileException e)
        {
            Print(console, e);
            return null;
        }

        var scenario = file.Scenario;
        if (seed is { } s)
            scenario = scenario with { Seed = s };
        if (paths is { } n)
            scenario = scenario with { Paths = n };
        return new ScenarioInputs(catalog, priors, file with { Scenario = scenario });
    }

    public static void Print(IAnsiConsole console, ScenarioFileException e)
    {
        foreach (var error in e.Errors)
            console.MarkupLineInterpolated($"[red]error:[/] {error}");
        console.MarkupLineInterpolated($"[red]{e.Errors.Count} error(s); nothing ran and nothing was stored.[/]");
    }

    /// <summary>priors.yaml beside the scenario, else scenarios/priors.yaml beside the catalog's data/ folder.</summary>
    private static string? FindPriors(string scenarioPath, string? dataDirectory)
    {
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".", PriorsFile);
        if (File.Exists(beside))
            return beside;
        if (dataDirectory is null)
            return null;
        var shipped = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory)) ?? ".", "scenarios", PriorsFile);
        return File.Exists(shipped) ? shipped : null;
    }
}
