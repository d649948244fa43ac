using System.CommandLine;
using Forecast.Catalog;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary><c>forecast catalog validate [--data DIR]</c>: checks every catalog file and prints what it covers.</summary>
internal static class CatalogValidateCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = new Option<string?>("--data") { Description = "The catalog folder (default: $FORECAST_DATA, else the nearest data/ above here)." };
        var command = new Command("validate", "Check the catalog against its seeds and print a summary.") { data };
        command.SetAction(parse => Run(console, parse.GetValue(data)));
        return command;
    }

    internal static int Run(IAnsiConsole console, string? dataOption)
    {
        var catalog = CatalogLoading.Load(console, dataOption);
        if (catalog is null)
            return ExitCodes.InvalidInput;

        Print(console, CatalogSummary.Of(catalog), catalog.ContentHash);
        return ExitCodes.Success;
    }

    private static void Print(IAnsiConsole console, CatalogSummary summary, string hash)
    {
        console.MarkupLineInterpolated(
            $"[green]catalog OK[/]: {summary.Jurisdictions} jurisdictions, {summary.Indicators} indicators, {summary.Figures} figures in {summary.Pairs} pairs, {summary.Qualitative} qualitative items");
        console.MarkupLineInterpolated($"content hash [grey]{hash}[/]");

        console.Write(RowTable("jurisdiction", summary.ByJurisdiction, withQualitative: true));
        console.Write(RowTable("domain", summary.ByDomain, withQualitative: false));
        console.Write(RowTable("kind", summary.ByKind, withQualitative: false));

        var seeds = new Table().Title("figures per seed").AddColumn("seed").AddColumn(new TableColumn("figures").RightAligned()).AddColumn(new TableColumn("qualitative").RightAligned());
        foreach (var (seed, figures, qualitative) in summary.BySeed)
            seeds.AddRow(Markup.Escape(seed), figures.ToString(), qualitative.ToString());
        console.Write(seeds);

        var observed = summary.Observed;
        console.MarkupLineInterpolated(
            $"{observed.Sum(r => r.Final + r.Estimated + r.Preliminary)} published figures recorded ({observed.Sum(r => r.Final)} final, {observed.Sum(r => r.Estimated)} estimated, {observed.Sum(r => r.Preliminary)} preliminary; {observed.Sum(r => r.Superseded)} superseded, kept as history)");
        if (observed.Count == 0)
            return;
        var table = new Table().Title("published figures per jurisdiction and year").AddColumn("jurisdiction").AddColumn(new TableColumn("year").RightAligned());
        foreach (var column in new[] { "pairs", "final", "estimated", "preliminary", "superseded" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var r in observed)
            table.AddRow(Markup.Escape(r.Jurisdiction), r.Year.ToString(), r.Pairs.ToString(), r.Final.ToString(), r.Estimated.ToString(), r.Preliminary.ToString(), r.Superseded.ToString());
        console.Write(table);
    }

    private static Table RowTable(string group, IReadOnlyList<CatalogSummary.Row> rows, bool withQualitative)
    {
        var table = new Table().Title($"pairs per {group}").AddColumn(group);
        foreach (var column in new[] { "pairs", "baseline", "commitment", "target" })
            table.AddColumn(new TableColumn(column).RightAligned());
        if (withQualitative)
            table.AddColumn(new TableColumn("qualitative").RightAligned());
        foreach (var r in rows)
        {
            var cells = new List<string> { Markup.Escape(r.Group), r.Pairs.ToString(), r.WithBaseline.ToString(), r.WithCommitment.ToString(), r.WithTarget.ToString() };
            if (withQualitative)
                cells.Add(r.Qualitative.ToString());
            table.AddRow(cells.ToArray());
        }

        return table;
    }
}
