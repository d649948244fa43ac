using System.CommandLine;
using System.Globalization;
using Forecast.Contracts;
using Forecast.Hosting;
using Forecast.Reports;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast compare A.yaml B.yaml [--format table,csv,xlsx] [--out DIR] [--csv FILE] [--xlsx FILE]</c>: runs both
/// scenarios on one embedded silo and lists the pairs whose light changes from A to B and how far P(meet) moves,
/// biggest move first; <c>--format</c> writes compare.csv and compare.xlsx to the output folder, as <c>run</c> writes its reports.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var first = new Argument<string>("A") { Description = "The scenario compared from (usually scenarios/baseline.yaml)." };
        var second = new Argument<string>("B") { Description = "The scenario compared to." };
        var csv = new Option<string?>("--csv") { Description = "Also write every pair in both runs, with both flags and the move, to this CSV file." };
        var xlsx = new Option<string?>("--xlsx") { Description = "Also write the comparison as an Excel workbook: both runs' identities, the targets that change light, and every pair." };
        var format = new Option<string?>("--format") { Description = "Comma-separated outputs: table, csv, xlsx (default: table); csv and xlsx go to --out as compare.csv and compare.xlsx." };
        var output = new Option<string?>("--out") { Description = "Where --format's files go (default: out/compare-<A id>-<B id>)." };
        var paths = new Option<int?>("--paths") { Description = "Replace both files' paths per pair (1 to 1,000,000)." };
        var data = new Option<string?>("--data") { Description = "The catalog folder (default: $FORECAST_DATA, else the nearest data/ above here)." };
        var priors = new Option<string?>("--priors") { Description = "The priors file (default: priors.yaml beside each scenario, else scenarios/priors.yaml)." };
        var cluster = RunCommand.ClusterOption();
        var clusterId = RunCommand.ClusterIdOption();
        var command = new Command("compare", "Compare two scenarios: which targets change light, and how far P(meet) moves.") { first, second, format, output, csv, xlsx, paths, data, priors, cluster, clusterId };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(first)!, parse.GetValue(second)!, new ComparisonFiles(parse.GetValue(csv), parse.GetValue(xlsx), parse.GetValue(format), parse.GetValue(output)), parse.GetValue(paths), parse.GetValue(data), parse.GetValue(priors), parse.GetValue(cluster), parse.GetValue(clusterId)!, cancellationToken));
        return command;
    }

    /// <summary>The files a comparison is written to besides the terminal; null where not asked for.</summary>
    internal sealed record ComparisonFiles(string? Csv, string? Xlsx, string? Format = null, string? Out = null)
    {
        public static readonly string[] Formats = ["table", "csv", "xlsx"];

        public IReadOnlyList<string> Listed => (Format ?? "table").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        /// <summary>--csv and --xlsx where given, else compare.csv / compare.xlsx in the output folder where --format lists them.</summary>
        public ComparisonFiles Resolved(string firstId, string secondId)
        {
            var folder = Out ?? Path.Combine("out", $"compare-{firstId}-{secondId}");
            return this with
            {
                Csv = Csv ?? (Listed.Contains("csv") ? Path.Combine(folder, "compare.csv") : null),
                Xlsx = Xlsx ?? (Listed.Contains("xlsx") ? Path.Combine(folder, "compare.xlsx") : null),
            };
        }
    }

    internal static async Task<int> RunAsync(IAnsiConsole console, string firstPath, string secondPath, ComparisonFiles files, int? paths, string? data, string? priors, string? clusterConnection, string clusterId, CancellationToken cancellationToken)
    {
        if (files.Listed.Where(f => !ComparisonFiles.Formats.Contains(f)).ToList() is [_, ..] unknown)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --format: unknown format '{string.Join(",", unknown)}'; expected a comma-separated list of {string.Join(", ", ComparisonFiles.Formats)}");
            return ExitCodes.InvalidInput;
        }

        var a = ScenarioLoading.Load(console, firstPath, data, priors, seed: null, paths);
        if (a is null)
            return ExitCodes.InvalidInput;
        var b = ScenarioLoading.Load(console, secondPath, data, priors, seed: null, paths);
        if (b is null)
            return ExitCodes.InvalidInput;

        ScenarioComparison comparison;
        var current = a;
        try
        {
            await using var cluster = await ClusterConnection.OpenAsync(clusterConnection, clusterId, a.Catalog, a.Priors, consoleTelemetry: false, cancellationToken);
            var reportA = await RunCommand.RunWithProgressAsync(console, cluster.Client, a.File.Scenario, cancellationToken);
            current = b;
            var reportB = await RunCommand.RunWithProgressAsync(console, cluster.Client, b.File.Scenario, cancellationToken);
            comparison = ScenarioComparison.Of(reportA.Result, reportB.Result);
        }
        catch (ForecastConfigurationException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --cluster: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (ScenarioRejectedException e)
        {
            ScenarioLoading.Print(console, current.File.Locate(e));
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] the run failed: {e.Message}");
            return ExitCodes.Failure;
        }

        files = files.Resolved(comparison.First.Scenario.Id, comparison.Second.Scenario.Id);
        if (files.Listed.Contains("table"))
            Print(console, comparison);
        if (files.Csv is { } csvPath && !Write("--csv", csvPath, () => File.WriteAllText(csvPath, comparison.ToCsv(), ScenarioComparison.Encoding)))
            return ExitCodes.Failure;
        if (files.Xlsx is { } xlsxPath && !Write("--xlsx", xlsxPath, () => File.WriteAllBytes(xlsxPath, comparison.ToXlsx())))
            return ExitCodes.Failure;
        return ExitCodes.Success;

        bool Write(string option, string path, Action write)
        {
            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                    Directory.CreateDirectory(folder);
                write();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {option}: cannot write {path}: {e.Message}");
                return false;
            }

            console.MarkupLineInterpolated($"wrote {comparison.Moves.Count} rows to {path}");
            return true;
        }
    }

    private static void Print(IAnsiConsole console, ScenarioComparison comparison)
    {
        var (a, b) = (comparison.First, comparison.Second);
        var changes = comparison.FlagChanges;
        var table = new Table()
            .Title($"{a.Scenario.Id} → {b.Scenario.Id}: {changes.Count} target(s) change light, biggest move first")
            .AddColumns("pair", "指标 indicator", a.Scenario.Id, b.Scenario.Id, "P(meet)", "move", $"why, in {b.Scenario.Id}");
        foreach (var m in changes)
        {
            table.AddRow(
                Markup.Escape(m.Pair),
                Markup.Escape($"{m.NameZh}\n{m.NameEn}"),
                Flag(m.FlagA),
                Flag(m.FlagB),
                $"{P(m.PMeetA)} → {P(m.PMeetB)}",
                m.Move is { } move ? move.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture) : "—",
                Markup.Escape(ReportText.ShortReason(m.ReasonEnB)));
        }

        console.Write(table);
        var moved = comparison.Moves.Count(m => Math.Abs(m.Move ?? 0) >= 0.01);
        console.MarkupLineInterpolated($"{comparison.Moves.Count} targets in both runs: {changes.Count} change light, {moved} move P(meet) by 0.01 or more.");
        if (comparison.OnlyInFirst.Count + comparison.OnlyInSecond.Count > 0)
            console.MarkupLineInterpolated($"{comparison.OnlyInFirst.Count} only in {a.Scenario.Id}, {comparison.OnlyInSecond.Count} only in {b.Scenario.Id} (different scope or horizon).");
        console.MarkupLineInterpolated($"A: {a.Scenario.Id} · content hash {a.ContentHash} · seed {a.Scenario.Seed}");
        console.MarkupLineInterpolated($"B: {b.Scenario.Id} · content hash {b.ContentHash} · seed {b.Scenario.Seed} · catalog {b.CatalogHash} · model {b.ModelRevision}");
    }

    private static string P(double? p) => p is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string Flag(string flag) => flag switch
    {
        Flags.LikelyMissed => "[red]likely missed[/]",
        Flags.AtRisk => "[yellow]at risk[/]",
        Flags.OnTrack => "[green]on track[/]",
        _ => "[grey]insufficient data[/]",
    };
}
