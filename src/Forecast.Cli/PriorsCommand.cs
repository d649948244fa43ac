using System.CommandLine;
using System.Globalization;
using Forecast.Contracts;
using Forecast.Grains.Scenarios;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Reports;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast priors sensitivity SCENARIO</c>: each documented prior moved down and up by half, and how many lights
/// change, largest moves first. The model runs in this process on the scenario's seed and paths (no silo is needed:
/// nothing is stored).
/// </summary>
internal static class PriorsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file (YAML or JSON)." };
        var paths = new Option<int?>("--paths") { Description = "Paths per pair (default: the scenario's)." };
        var data = new Option<string?>("--data") { Description = "The catalog folder (default: $FORECAST_DATA, else the nearest data/ above here)." };
        var priors = new Option<string?>("--priors") { Description = "The priors file (default: priors.yaml beside the scenario, else scenarios/priors.yaml)." };
        var csv = new Option<string?>("--csv") { Description = "Also write every row to this CSV file." };
        var sensitivity = new Command("sensitivity", "Move each prior by ±50 % and count the lights that change.") { file, paths, data, priors, csv };
        sensitivity.SetAction(parse => Sensitivity(console, parse.GetValue(file)!, parse.GetValue(paths), parse.GetValue(data), parse.GetValue(priors), parse.GetValue(csv)));
        return new Command("priors", "Work with the documented priors (scenarios/priors.yaml).") { sensitivity };
    }

    internal static int Sensitivity(IAnsiConsole console, string scenarioPath, int? paths, string? data, string? priorsPath, string? csvPath)
    {
        if (InProcessModel.Load(console, scenarioPath, data, priorsPath, paths) is not { } loaded)
            return ExitCodes.InvalidInput;

        var (scenario, model) = (loaded.Inputs.File.Scenario, loaded.Model);
        console.MarkupLineInterpolated($"[bold]{scenario.Title}[/]  scenario {scenario.Id} · seed {scenario.Seed} · {scenario.Paths:#,0} paths · model {ModelRevision.Current}: each prior moved by ±50 %");
        var rows = PriorSensitivity.Run(loaded.Inputs.Catalog, loaded.Observations, model.Priors, model.Settings, model.Simulation with { Quantiles = false });

        var table = new Table().AddColumns("prior", "value", "moved to", "lights changed", "worse", "better", "largest move of P(meet)");
        foreach (var r in rows)
        {
            table.AddRow(
                Markup.Escape(r.Prior),
                F(r.Value),
                Markup.Escape($"{F(r.MovedTo)} ({r.Direction})"),
                r.LightsChanged.ToString(CultureInfo.InvariantCulture),
                r.Worse.ToString(CultureInfo.InvariantCulture),
                r.Better.ToString(CultureInfo.InvariantCulture),
                Markup.Escape($"{r.LargestMovePair}: {r.LargestFrom:0.000} → {r.LargestTo:0.000}"));
        }

        console.Write(table);
        if (csvPath is null)
            return ExitCodes.Success;

        try
        {
            using var writer = new StreamWriter(csvPath, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            writer.WriteLine("prior,value,moved_to,direction,lights_changed,worse,better,largest_move_pair,p_from,p_to");
            foreach (var r in rows)
                writer.WriteLine(string.Join(",", r.Prior, F(r.Value), F(r.MovedTo), r.Direction, r.LightsChanged, r.Worse, r.Better, r.LargestMovePair, F(r.LargestFrom), F(r.LargestTo)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --csv: cannot write {csvPath}: {e.Message}");
            return ExitCodes.Failure;
        }

        console.MarkupLineInterpolated($"wrote {rows.Count} rows to {csvPath}");
        return ExitCodes.Success;
    }

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
