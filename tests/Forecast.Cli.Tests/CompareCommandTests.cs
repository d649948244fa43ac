using Forecast.Catalog.Tests;
using Forecast.Reports.Tests;

namespace Forecast.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempScenario _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_downturn_moves_only_targets_that_load_on_the_economy_and_turns_some_of_them()
    {
        var csvPath = Path.Combine(_temp.Folder, "compare.csv");
        var xlsxPath = Path.Combine(_temp.Folder, "compare.xlsx");

        var (exitCode, output) = ConsoleRun.Forecast(
            "compare", TempScenario.ShippedFile("baseline.yaml"), TempScenario.ShippedFile("downturn.yaml"),
            "--data", ShippedCatalog.Directory, "--paths", "2000", "--csv", csvPath, "--xlsx", xlsxPath);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("baseline → downturn", output, StringComparison.Ordinal);
        var rows = ReportChecks.CsvRows(File.ReadAllText(csvPath));
        Assert.Equal(ShippedCatalog.Catalog.Pairs.Count, rows.Count);
        var moved = rows.Where(r => (string)r["move"] is { Length: > 0 } m && double.Parse(m, System.Globalization.CultureInfo.InvariantCulture) != 0).ToList();
        Assert.NotEmpty(moved);
        // Both runs draw the same numbers (one seed), so only the economy's shock and spread can move a target.
        string[] economy = ["employment", "income", "culture-tourism", "market-regulation"];
        Assert.All(moved, r => Assert.Contains(ShippedCatalog.Catalog.Indicator(((string)r["pair"]).Split('/')[1]).Domain, economy));
        Assert.Contains(rows, r => (string)r["flag_changed"] == "yes");
        var moves = moved.Select(r => Math.Abs(double.Parse((string)r["move"], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(moves.OrderDescending(), moves);

        // The workbook holds the same rows in the same order, the moves as numbers.
        var workbook = File.ReadAllBytes(xlsxPath);
        var all = WorkbookChecks.Records(workbook, Forecast.Reports.ScenarioComparison.AllSheet);
        Assert.Equal(rows.Select(r => (string)r["pair"]), all.Select(r => (string?)r["编号 Pair"]));
        Assert.Equal(rows.Select(r => (string)r["move"] is { Length: > 0 } m ? double.Parse(m, System.Globalization.CultureInfo.InvariantCulture) : (double?)null), all.Select(r => (double?)r["变动 Move"]));
        Assert.Equal(rows.Count(r => (string)r["flag_changed"] == "yes"), WorkbookChecks.Records(workbook, Forecast.Reports.ScenarioComparison.ChangesSheet).Count);
    }

    [Fact]
    public void Format_xlsx_writes_the_comparison_workbook_to_the_output_folder_and_leaves_the_table_out()
    {
        var folder = Path.Combine(_temp.Folder, "compared");

        var (exitCode, output) = ConsoleRun.Forecast(
            "compare", TempScenario.ShippedFile("baseline.yaml"), TempScenario.ShippedFile("downturn.yaml"),
            "--data", ShippedCatalog.Directory, "--paths", "200", "--format", "xlsx", "--out", folder);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.DoesNotContain("baseline → downturn", output, StringComparison.Ordinal);
        var workbook = File.ReadAllBytes(Path.Combine(folder, "compare.xlsx"));
        Assert.Equal(ShippedCatalog.Catalog.Pairs.Count, WorkbookChecks.Records(workbook, Forecast.Reports.ScenarioComparison.AllSheet).Count);
        Assert.False(File.Exists(Path.Combine(folder, "compare.csv")));
    }

    [Fact]
    public void An_unknown_compare_format_is_invalid_input_before_anything_runs()
    {
        var (exitCode, output) = ConsoleRun.Forecast(
            "compare", TempScenario.ShippedFile("baseline.yaml"), TempScenario.ShippedFile("downturn.yaml"),
            "--data", ShippedCatalog.Directory, "--format", "pdf");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--format: unknown format 'pdf'", output, StringComparison.Ordinal);
    }
}
