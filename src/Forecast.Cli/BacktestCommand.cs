using System.CommandLine;
using System.Globalization;
using System.Text;
using Forecast.Model;
using Forecast.Model.Calibration;
using Forecast.Reports;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast backtest SCENARIO --as-of YEAR</c>: the run with only the figures of years up to YEAR, scored on every
/// goal whose outcome was recorded after it, beside the simple rules. The model runs in this process on the scenario's
/// seed and paths; the table goes to the terminal and backtest-YEAR.csv, .json and .html (with the reliability
/// diagram) to the output folder.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file (YAML or JSON)." };
        var asOf = new Option<int>("--as-of") { Description = "The cutoff year: only figures of years up to it are used.", Required = true };
        var paths = new Option<int?>("--paths") { Description = "Paths per pair (default: the scenario's)." };
        var data = new Option<string?>("--data") { Description = "The catalog folder (default: $FORECAST_DATA, else the nearest data/ above here)." };
        var priors = new Option<string?>("--priors") { Description = "The priors file (default: priors.yaml beside the scenario, else scenarios/priors.yaml)." };
        var output = new Option<string?>("--out") { Description = "Where backtest-YEAR.csv, .json and .html go (default: out/<scenario id>)." };
        var command = new Command("backtest", "Score the forecasts a past cutoff would have given against the outcomes recorded since.") { file, asOf, paths, data, priors, output };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(paths), parse.GetValue(data), parse.GetValue(priors), parse.GetValue(output)));
        return command;
    }

    internal static int Run(IAnsiConsole console, string scenarioPath, int cutoff, int? paths, string? data, string? priorsPath, string? outDir)
    {
        if (cutoff is < 2000 or > 2100)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --as-of: {cutoff} is not a plan year (2000–2100)");
            return ExitCodes.InvalidInput;
        }

        if (InProcessModel.Load(console, scenarioPath, data, priorsPath, paths) is not { } loaded)
            return ExitCodes.InvalidInput;

        var (scenario, model) = (loaded.Inputs.File.Scenario, loaded.Model);
        var result = Backtest.Run(loaded.Inputs.Catalog, loaded.Observations, model.Priors, model.Settings, model.Simulation, cutoff);
        console.MarkupLineInterpolated($"[bold]{scenario.Title}[/]  scenario {scenario.Id} · seed {scenario.Seed} · {model.Simulation.Paths:#,0} paths · model {ModelRevision.Current}");
        console.MarkupLineInterpolated($"backtest as of {cutoff}: {result.Goals.Count} goals with an outcome recorded after it ({result.Goals.Count(g => g.Met)} met), outcomes as of {result.Latest}");
        if (result.Goals.Count == 0)
        {
            console.MarkupLine("[yellow]No goal has an outcome recorded after this cutoff: nothing to score. Record outcomes in data/observations or choose an earlier --as-of.[/]");
        }
        else
        {
            var scores = new Table().Title("scores, lower is better").AddColumns("rule 规则", "Brier", "log score");
            scores.AddRow("Forecast 本模型", F(result.Model.Brier), F(result.Model.LogScore));
            foreach (var r in result.Rules)
                scores.AddRow(Markup.Escape($"{r.RuleZh} {r.Rule}"), F(r.Brier), F(r.LogScore));
            console.Write(scores);
            var bands = new Table().Title("calibration: share met by band of P(meet)").AddColumns("band", "goals", "mean P", "share met");
            foreach (var b in result.Model.Bands.Where(b => b.Count > 0))
                bands.AddRow($"{F(b.From)}–{F(b.To)}", b.Count.ToString(CultureInfo.InvariantCulture), F(b.MeanP), F(b.ShareMet));
            console.Write(bands);
            console.MarkupLineInterpolated($"outcomes inside the P5–P95 fan: {result.InsideFan} of {result.WithFan}");
        }

        var dir = outDir ?? Path.Combine("out", scenario.Id);
        try
        {
            Directory.CreateDirectory(dir);
            var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            foreach (var (name, text, encoding) in new[]
            {
                ($"backtest-{cutoff}.csv", BacktestReport.Csv(result), bom),
                ($"backtest-{cutoff}.json", BacktestReport.Json(result), new UTF8Encoding(false)),
                ($"backtest-{cutoff}.html", BacktestReport.Html(result, scenario.Title), new UTF8Encoding(false)),
            })
            {
                var path = Path.Combine(dir, name);
                File.WriteAllText(path, text, encoding);
                console.MarkupLineInterpolated($"wrote {path}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --out: cannot write {dir}: {e.Message}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : "—";
}
