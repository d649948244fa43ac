using System.CommandLine;
using System.Globalization;
using Forecast.Contracts;
using Forecast.Hosting;
using Forecast.Reports;
using Forecast.Scenarios;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast run FILE [--out DIR] [--format table,html,csv,json,xlsx] [--seed N] [--paths N]</c>: runs a scenario file on
/// an embedded silo, shows progress, prints the flagged targets and writes the reports.
/// </summary>
internal static class RunCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file (scenarios/*.yaml; scenarios/README.md documents every key)." };
        var output = new Option<string?>("--out") { Description = "Where the reports go (default: out/<scenario id>)." };
        var format = new Option<string?>("--format") { Description = "Comma-separated outputs: table, html, csv, json, xlsx (an Excel workbook; default: the file's formats)." };
        var seed = new Option<ulong?>("--seed") { Description = "Replace the file's seed." };
        var paths = new Option<int?>("--paths") { Description = "Replace the file's Monte Carlo paths per pair (1 to 1,000,000)." };
        var data = new Option<string?>("--data") { Description = "The catalog folder (default: $FORECAST_DATA, else the nearest data/ above here)." };
        var priors = new Option<string?>("--priors") { Description = "The priors file (default: priors.yaml beside the scenario, else scenarios/priors.yaml)." };
        var cluster = ClusterOption();
        var clusterId = ClusterIdOption();
        var telemetry = new Option<string?>("--telemetry") { Description = "console: print the embedded silo's Forecast and Orleans metrics (OpenTelemetry) when the run ends." };
        telemetry.AcceptOnlyFromAmong("console");
        var command = new Command("run", "Run a scenario: which targets are likely to be missed, by how much and why.") { file, output, format, seed, paths, data, priors, cluster, clusterId, telemetry };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            new RunOptions(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(format), parse.GetValue(seed), parse.GetValue(paths), parse.GetValue(data), parse.GetValue(priors), parse.GetValue(cluster), parse.GetValue(clusterId)!, parse.GetValue(telemetry) == "console"),
            cancellationToken));
        return command;
    }

    internal static Option<string?> ClusterOption() =>
        new("--cluster") { Description = "Run on a cluster of silos sharing PostgreSQL (an Npgsql connection string) instead of an embedded silo." };

    internal static Option<string> ClusterIdOption() =>
        new("--cluster-id") { Description = "With --cluster: the cluster's (and service's) id.", DefaultValueFactory = _ => "forecast" };

    internal sealed record RunOptions(string File, string? Out, string? Format, ulong? Seed, int? Paths, string? Data, string? Priors, string? Cluster = null, string ClusterId = "forecast", bool ConsoleTelemetry = false);

    internal static async Task<int> RunAsync(IAnsiConsole console, RunOptions options, CancellationToken cancellationToken)
    {
        var inputs = ScenarioLoading.Load(console, options.File, options.Data, options.Priors, options.Seed, options.Paths);
        if (inputs is null)
            return ExitCodes.InvalidInput;
        var formats = Formats(console, options.Format, inputs.File.Formats);
        if (formats is null)
            return ExitCodes.InvalidInput;

        var scenario = inputs.File.Scenario;
        console.MarkupLineInterpolated($"[bold]{scenario.Title}[/]  scenario {scenario.Id} · content hash {inputs.File.ContentHash[..12]} · seed {scenario.Seed} · {scenario.Paths:#,0} paths · as of {scenario.AsOfYear}");
        RunReport report;
        try
        {
            await using var cluster = await ClusterConnection.OpenAsync(options.Cluster, options.ClusterId, inputs.Catalog, inputs.Priors, options.ConsoleTelemetry, cancellationToken);
            report = await RunWithProgressAsync(console, cluster.Client, scenario, cancellationToken);
        }
        catch (ForecastConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --cluster: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (ScenarioRejectedException e)
        {
            ScenarioLoading.Print(console, inputs.File.Locate(e));
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[red]cancelled;[/] nothing was written.");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] the run failed: {e.Message}");
            return ExitCodes.Failure;
        }

        if (formats.Contains(OutputFormats.Table))
            PrintFlagged(console, report);
        PrintCounts(console, report);

        var directory = options.Out ?? Path.Combine("out", scenario.Id);
        try
        {
            foreach (var path in ReportWriter.Write(report, directory, formats.Where(f => f != OutputFormats.Table)))
                console.MarkupLineInterpolated($"wrote {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --out: cannot write reports to {directory}: {e.Message}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    internal static async Task<RunReport> RunWithProgressAsync(IAnsiConsole console, IClusterClient client, Scenario scenario, CancellationToken cancellationToken)
    {
        RunReport? report = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"{scenario.Id}: pairs", maxValue: 1);
                report = await ScenarioRunner.RunAsync(client, scenario, progress =>
                {
                    task.MaxValue = Math.Max(1, progress.PairsTotal);
                    task.Value = progress.PairsDone;
                    task.Description = $"{scenario.Id}: {progress.PairsDone:#,0}/{progress.PairsTotal:#,0} pairs";
                }, cancellationToken);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    internal static IReadOnlyList<string>? Formats(IAnsiConsole console, string? option, IReadOnlyList<string> fromFile)
    {
        if (option is null)
            return fromFile;
        var formats = option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = formats.Where(f => !OutputFormats.All.Contains(f)).ToList();
        if (unknown.Count > 0 || formats.Count == 0)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --format: unknown format '{string.Join(",", unknown)}'; expected a comma-separated list of {string.Join(", ", OutputFormats.All)}");
            return null;
        }

        return formats;
    }

    private static void PrintFlagged(IAnsiConsole console, RunReport report)
    {
        if (report.Flagged.Count == 0)
        {
            console.MarkupLine("[green]No target is likely missed or at risk in this scenario.[/]");
            return;
        }

        // Names, not ids, and no reason column: a row fits a 120-column terminal in a few lines; the reports carry
        // each reason whole. What it takes shares the gap's column, two short lines under it, for the same reason.
        var places = report.Jurisdictions.ToDictionary(j => j.Id, j => $"{j.NameZh} {j.NameEn}", StringComparer.Ordinal);
        var table = new Table().Title("flagged targets: recorded misses, then likely missed (the reasons are in the reports)")
            .AddColumn(new TableColumn("flag").Width(13))
            .AddColumn(new TableColumn("where · 指标 indicator").Width(30))
            .AddColumn(new TableColumn("P(meet)").Width(16))
            .AddColumn(new TableColumn("median gap · what it takes 所需").Width(16))
            .AddColumn(new TableColumn("evidence 依据").Width(17))
            .AddColumn(new TableColumn("clause 条款").Width(9));
        foreach (var p in report.Flagged)
        {
            table.AddRow(
                p.Flag switch
                {
                    Flags.Missed => "[red bold]missed[/]\n(recorded)",
                    Flags.LikelyMissed => "[red]likely missed[/]",
                    _ => "[yellow]at risk[/]" + (p.Borderline == "no" ? string.Empty : "\n(borderline)"),
                },
                Markup.Escape($"{places.GetValueOrDefault(p.Definition.Jurisdiction, p.Definition.Jurisdiction)}\n{p.Definition.NameZh}\n{p.Definition.NameEn}"),
                Markup.Escape(ReportText.Probability(p)),
                Markup.Escape($"{ReportText.Gap(p)}\n{ReportText.ShortWhatItTakes(p)}"),
                Markup.Escape($"{ReportText.Evidence(p.Basis).Zh}\n{ReportText.Evidence(p.Basis).En}"),
                Markup.Escape(p.Goal.Source.Clause));
        }

        console.Write(table);
    }

    internal static void PrintCounts(IAnsiConsole console, RunReport report)
    {
        var c = report.Counts;
        console.MarkupLineInterpolated($"{report.Result.Pairs.Count} targets: {c.Settled} settled by recorded outcomes ([green]{c.Met} met[/], [red]{c.Missed} missed[/]); {c.Forecast} forecast ([red]{c.LikelyMissed} likely missed[/], [yellow]{c.AtRisk} at risk[/], [green]{c.OnTrack} on track[/]); [grey]{c.InsufficientData} insufficient data[/]");
        console.MarkupLineInterpolated($"scenario {report.Scenario.Id} · content hash {report.Result.ContentHash} · seed {report.Scenario.Seed} · catalog {report.Result.CatalogHash} · model {report.Result.ModelRevision}");
        if (report.Result.Failures.Count > 0)
            console.MarkupLineInterpolated($"[red]{report.Result.Failures.Count} pair(s) failed[/] and are listed in the reports: {string.Join(", ", report.Result.Failures.Select(f => f.Pair))}");
    }
}
