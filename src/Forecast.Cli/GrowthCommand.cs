using System.CommandLine;
using System.Globalization;
using Forecast.Catalog;
using Forecast.Model;
using Forecast.Model.Growth;
using Forecast.Reports;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast growth [--jurisdiction ID] [--csv FILE] [--all]</c>: required against achieved growth per pair, with
/// the basis of every figure.
/// </summary>
internal static class GrowthCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "Only this jurisdiction and those below it.", DefaultValueFactory = _ => "china" };
        var csv = new Option<string?>("--csv") { Description = "Also write every row to this CSV file." };
        var all = new Option<bool>("--all") { Description = "List pairs that cannot be assessed too (the table shows assessable pairs by default; the CSV always has all)." };
        var data = new Option<string?>("--data") { Description = "The catalog folder (default: $FORECAST_DATA, else the nearest data/ above here)." };
        var command = new Command("growth", "Compare the growth each target requires with the growth achieved or planned.") { jurisdiction, csv, all, data };
        command.SetAction(parse => Run(console, parse.GetValue(data), parse.GetValue(jurisdiction)!, parse.GetValue(csv), parse.GetValue(all)));
        return command;
    }

    internal static int Run(IAnsiConsole console, string? dataOption, string jurisdictionId, string? csvPath, bool all)
    {
        var catalog = CatalogLoading.Load(console, dataOption);
        if (catalog is null)
            return ExitCodes.InvalidInput;
        if (!catalog.TryGetJurisdiction(jurisdictionId, out _))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --jurisdiction: unknown jurisdiction '{jurisdictionId}'; known: {string.Join(", ", catalog.Jurisdictions.Select(j => j.Id))}");
            return ExitCodes.InvalidInput;
        }

        // The catalog's published figures are the observations a growth table reads without a server.
        var rows = GrowthTable.For(catalog, jurisdictionId, PublishedPoints.Of(catalog));
        Print(console, rows.Where(r => all || r.Category != ProgressCategory.NotAssessable).ToList());
        var counts = string.Join(", ", rows.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Label(g.Key)}"));
        console.MarkupLineInterpolated($"{rows.Count} pairs: {counts}");

        if (csvPath is not null)
        {
            try
            {
                WriteCsv(csvPath, rows);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.MarkupLineInterpolated($"[red]error:[/] --csv: cannot write {csvPath}: {e.Message}");
                return ExitCodes.Failure;
            }

            console.MarkupLineInterpolated($"wrote {rows.Count} rows to {csvPath}");
        }

        return ExitCodes.Success;
    }

    internal static string Label(ProgressCategory category) => category switch
    {
        ProgressCategory.Met => "met",
        ProgressCategory.OnTrack => "on track",
        ProgressCategory.Moderate => "moderate",
        ProgressCategory.Insufficient => "insufficient",
        ProgressCategory.MovingAway => "moving away",
        ProgressCategory.NotMet => "not met",
        _ => "not assessable",
    };

    private static void Print(IAnsiConsole console, IReadOnlyList<GrowthRow> rows)
    {
        var table = new Table().Title("required vs achieved growth").AddColumns("pair", "指标 indicator", "latest", "achieved", "required", "ratio", "category", "why");
        foreach (var r in rows.OrderBy(r => r.Category).ThenBy(r => r.Ratio ?? double.MaxValue))
        {
            table.AddRow(
                Markup.Escape(r.Pair.ToString()),
                Markup.Escape(r.Indicator.NameZh),
                Markup.Escape(r.Latest is null ? "—" : $"{r.Latest.Year}: {Number(r.Latest.Value)} ({r.Latest.Basis.ToString().ToLowerInvariant()})"),
                Markup.Escape(r.HistoricalRate is { } h ? $"{Number(h)} {r.RateUnit}" : "—"),
                Markup.Escape(r.RequiredRate is { } q ? $"{Number(q)} {r.RateUnit}" : "—"),
                r.Ratio is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "—",
                $"[{Colour(r.Category)}]{Label(r.Category)}[/]",
                Markup.Escape(r.Explanation));
        }

        console.Write(table);
        console.WriteLine(Legend);
    }

    /// <summary>What the categories are and exactly what Eurostat's thresholds are applied to here.</summary>
    internal static string Legend { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"category: ratio = achieved ÷ required against Eurostat's SDG thresholds (≥ {ProgressThresholds.OnTrack:0.00} on track, {ProgressThresholds.Moderate:0.00}–{ProgressThresholds.OnTrack:0.00} moderate, 0–{ProgressThresholds.Moderate:0.00} insufficient, < 0 moving away), but not Eurostat's ratio:")
        + string.Concat(ProgressThresholds.Deviations.Select(d => $"{Environment.NewLine}  - {d}"));

    private static string Colour(ProgressCategory category) => category switch
    {
        ProgressCategory.Met or ProgressCategory.OnTrack => "green",
        ProgressCategory.Moderate => "yellow",
        ProgressCategory.Insufficient or ProgressCategory.MovingAway or ProgressCategory.NotMet => "red",
        _ => "grey",
    };

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    internal static void WriteCsv(string path, IReadOnlyList<GrowthRow> rows)
    {
        using var file = File.Create(path);
        GrowthCsv.Write(file, rows.Select(GrowthLine.From));
    }
}
