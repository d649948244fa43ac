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
        var estimateFile = new Argument<string>("scenario") { Description = "The scenario file (YAML or JSON)." };
        var estimate = new Command("estimate", "Show each class's fulfilment prior beside its estimate from the recorded plan-vs-outcome years.") { estimateFile, data, priors };
        estimate.SetAction(parse => Estimate(console, parse.GetValue(estimateFile)!, parse.GetValue(data), parse.GetValue(priors)));
        return new Command("priors", "Work with the documented priors (scenarios/priors.yaml).") { sensitivity, estimate };
    }

    /// <summary>
    /// <c>forecast priors estimate SCENARIO</c>: per class, the fulfilment prior (R's median and the spreads' scale), the
    /// planned years whose amounts are recorded since, each with its source, and the estimate the forecasts use.
    /// </summary>
    internal static int Estimate(IAnsiConsole console, string scenarioPath, string? data, string? priorsPath)
    {
        if (InProcessModel.Load(console, scenarioPath, data, priorsPath, paths: null) is not { } loaded)
            return ExitCodes.InvalidInput;

        var (scenario, model) = (loaded.Inputs.File.Scenario, loaded.Model);
        var classes = Forecaster.Prepare(loaded.Inputs.Catalog, loaded.Observations, model.Priors, model.Settings).Fulfilment;
        console.MarkupLineInterpolated($"[bold]{scenario.Title}[/]  scenario {scenario.Id} · as of {model.Settings.AsOfYear} · model {ModelRevision.Current}: fulfilment (realised = plan × R) per class");
        var summary = new Table().AddColumns("class", "prior: R median", "prior: spread scale", "recorded years", "mean R", "estimate: R median", "estimate: spread scale");
        foreach (var c in classes)
        {
            var mean = c.Years.Count == 0 ? "—" : F(Math.Exp(c.Years.Average(y => y.LogRatio)));
            summary.AddRow(c.Prior.Name, F(c.Prior.Centre), F(c.Prior.Scale), c.Years.Count.ToString(CultureInfo.InvariantCulture), mean, F(c.Estimate.Centre), F(c.Estimate.Scale));
        }

        console.Write(summary);
        var years = classes.SelectMany(c => c.Years).ToList();
        if (years.Count == 0)
        {
            console.MarkupLine("No planned year has a recorded amount yet: the priors stand. Record outcomes with `forecast observe`.");
            return ExitCodes.Success;
        }

        var detail = new Table().AddColumns("pair", "year", "planned", "recorded", "R", "class", "source");
        foreach (var y in years)
            detail.AddRow(Markup.Escape(y.Pair.ToString()), y.Year.ToString(CultureInfo.InvariantCulture), F(y.Planned), F(y.Recorded), F(y.Recorded / y.Planned), y.Class, Markup.Escape(y.Source));
        console.Write(detail);
        console.MarkupLine("Each class's prior counts as [bold]strength[/] recorded years (scenarios/priors.yaml); a pair's own years are left out of the estimate it is forecast with.");
        return ExitCodes.Success;
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
