using System.CommandLine;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>The <c>forecast</c> command tree; each verb lives in its own file.</summary>
internal static class ForecastCommand
{
    public static RootCommand Create(IAnsiConsole console)
    {
        var catalog = new Command("catalog", "Work with the catalog of jurisdictions, indicators and seed figures.")
        {
            CatalogValidateCommand.Create(console),
        };
        return new RootCommand("Forecast: which livelihood targets are likely to be missed, by how much and why.")
        {
            catalog,
            GrowthCommand.Create(console),
            DbInitCommand.Create(console),
            RunCommand.Create(console),
            CompareCommand.Create(console),
            PriorsCommand.Create(console),
            BacktestCommand.Create(console),
            ObserveCommand.Create(console),
        };
    }

    public static int Invoke(string[] args, IAnsiConsole console)
    {
        var parse = Create(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            return ExitCodes.InvalidInput;
        }

        return parse.Invoke();
    }
}
