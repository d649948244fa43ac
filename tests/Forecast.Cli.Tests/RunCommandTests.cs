using Forecast.Catalog.Tests;
using Forecast.Contracts;
using Forecast.Reports;
using Forecast.Reports.Tests;

namespace Forecast.Cli.Tests;

/// <summary>
/// <c>forecast run</c> end to end, in-process, on an embedded silo: the shipped baseline with fewer paths than it
/// asks for (the numbers change, the behaviour does not), so the suite stays fast.
/// </summary>
public sealed class RunCommandTests : IDisposable
{
    private const string Paths = "400";
    private readonly TempScenario _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int ExitCode, string Output, string Json) RunBaseline(string outName, params string[] more)
    {
        var run = ConsoleRun.Forecast(["run", TempScenario.ShippedFile("baseline.yaml"), "--data", ShippedCatalog.Directory, "--paths", Paths, "--out", Path.Combine(_temp.Folder, outName), .. more]);
        var json = Path.Combine(_temp.Folder, outName, "report.json");
        return (run.ExitCode, run.Output, File.Exists(json) ? File.ReadAllText(json) : string.Empty);
    }

    [Fact]
    public void The_flagged_table_fits_a_120_column_terminal_with_names_not_ids()
    {
        var (console, output) = ConsoleRun.Capture();
        console.Profile.Width = 120;

        var exitCode = ForecastCommand.Invoke(["run", TempScenario.ShippedFile("baseline.yaml"), "--data", ShippedCatalog.Directory, "--paths", Paths, "--out", Path.Combine(_temp.Folder, "narrow"), "--format", "table"], console);

        Assert.Equal(ExitCodes.Success, exitCode);
        var table = output.ToString().Split('\n').SkipWhile(l => !l.Contains("flagged targets", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith('└')).ToList();
        Assert.NotEmpty(table);
        Assert.All(table, line => Assert.True(Columns(line.TrimEnd('\r')) <= 120, $"{Columns(line)} columns: {line}"));
        Assert.Contains(table, l => l.Contains("沈阳市 Shenyang", StringComparison.Ordinal));
        Assert.DoesNotContain(table, l => l.Contains("shenyang/", StringComparison.Ordinal));
        var rows = table.Count(l => l.StartsWith("│ likely missed", StringComparison.Ordinal) || l.StartsWith("│ at risk", StringComparison.Ordinal));
        Assert.True(table.Count <= 5 * rows + 6, $"{table.Count} lines for {rows} rows");

        // A terminal gives a CJK character two columns.
        static int Columns(string line) => line.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
    }

    [Fact]
    public void The_baseline_writes_reports_that_parse_and_prints_the_flagged_targets()
    {
        var (exitCode, output, json) = RunBaseline("baseline");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("flagged targets: recorded misses, then likely missed", output, StringComparison.Ordinal);
        Assert.Contains($"{ShippedCatalog.Catalog.Pairs.Count} targets:", output, StringComparison.Ordinal);
        Assert.Empty(ReportChecks.SchemaErrors(json));
        var document = JsonReport.Read(json);
        Assert.Equal(ShippedCatalog.Catalog.ContentHash, document.CatalogHash);
        Assert.Equal(Forecast.Model.ModelRevision.Current, document.ModelRevision);
        Assert.Equal(400, document.Scenario.Paths);
        var csv = ReportChecks.CsvRows(File.ReadAllText(Path.Combine(_temp.Folder, "baseline", "report.csv")));
        Assert.Equal(ShippedCatalog.Catalog.Pairs.Count, csv.Count);
        Assert.All(csv, row => Assert.Equal(document.ContentHash, row["content_hash"]));
        var html = File.ReadAllText(Path.Combine(_temp.Folder, "baseline", "report.html"));
        Assert.Empty(ReportChecks.HtmlProblems(html));
        Assert.Contains(document.ContentHash, html, StringComparison.Ordinal);
        var flagged = document.Pairs.Count(p => p.Flag is Flags.LikelyMissed or Flags.AtRisk);
        Assert.True(flagged > 0, "the baseline flags some targets");
        Assert.Equal(flagged, html.Split("<svg ").Length - 1);
    }

    [Fact]
    public void Format_xlsx_writes_a_workbook_whose_every_sheet_agrees_with_the_same_runs_csv_and_json()
    {
        var (exitCode, output, json) = RunBaseline("xlsx", "--format", "csv,json,xlsx");

        Assert.Equal(ExitCodes.Success, exitCode);
        var path = Path.Combine(_temp.Folder, "xlsx", "report.xlsx");
        Assert.Contains($"wrote {path}", output, StringComparison.Ordinal);
        var workbook = File.ReadAllBytes(path);
        var document = JsonReport.Read(json);
        var csv = ReportChecks.CsvRows(File.ReadAllText(Path.Combine(_temp.Folder, "xlsx", "report.csv"))).ToDictionary(r => (string)r["pair"]);
        var sheets = WorkbookChecks.SheetNames(workbook);
        Assert.All(sheets, s => Assert.InRange(s.Length, 1, 31));
        Assert.Equal(sheets.Count, sheets.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(sheets, s => Assert.Equal(1, WorkbookChecks.FrozenRows(workbook, s)));
        Assert.Empty(WorkbookChecks.Formulas(workbook));

        var summary = WorkbookChecks.Rows(workbook, XlsxReport.SummarySheet);
        Assert.Equal(document.ContentHash, summary.Single(r => r[0] as string == "情景内容哈希 Scenario content hash")[1]);
        Assert.Equal(document.CatalogHash, summary.Single(r => r[0] as string == "目录哈希 Catalog hash")[1]);
        Assert.Equal((double)document.Counts.LikelyMissed, summary.Single(r => r[0] as string == "全部目标 All targets")[3]);

        var flagged = WorkbookChecks.Records(workbook, XlsxReport.FlaggedSheet);
        Assert.Equal(document.Pairs.Count(p => p.Flag is Flags.LikelyMissed or Flags.AtRisk), flagged.Count);
        foreach (var row in flagged)
        {
            var line = csv[(string)row["编号 Pair"]!];
            Assert.Equal(double.Parse((string)line["p_meet"], System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<double>(row["完成概率 P(meet)"]));
            Assert.Equal((string)line["clause"], row["条款 Clause"]);
        }

        var perJurisdiction = sheets.Except([XlsxReport.SummarySheet, XlsxReport.FlaggedSheet, GrowthXlsx.SheetName, XlsxReport.ObservationsSheet]).ToList();
        Assert.Equal(document.Pairs.Count, perJurisdiction.Sum(s => WorkbookChecks.Records(workbook, s).Count));
        Assert.Contains("沈阳市 shenyang", perJurisdiction);
        Assert.Equal(document.Pairs.Count, WorkbookChecks.Records(workbook, GrowthXlsx.SheetName).Count);
        var observations = WorkbookChecks.Records(workbook, XlsxReport.ObservationsSheet);
        Assert.Equal(document.Pairs.Sum(p => p.Observations.Count), observations.Count);
        Assert.NotEmpty(observations);
        Assert.All(observations, o => Assert.IsType<double>(o["数值 Value"]));
    }

    [Fact]
    public void Two_runs_with_one_seed_give_byte_identical_json_and_another_seed_changes_it()
    {
        var first = RunBaseline("first", "--format", "json");
        var second = RunBaseline("second", "--format", "json");
        var reseeded = RunBaseline("reseeded", "--format", "json", "--seed", "7");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success, ExitCodes.Success), (first.ExitCode, second.ExitCode, reseeded.ExitCode));
        Assert.Equal(first.Json, second.Json);
        Assert.NotEqual(first.Json, reseeded.Json);
        Assert.False(File.Exists(Path.Combine(_temp.Folder, "first", "report.html")), "--format json writes only the JSON");
    }

    [Fact]
    public void A_value_the_run_grain_refuses_is_reported_at_its_line_and_nothing_is_written()
    {
        var file = _temp.Write("id: t\nseed: 1\nasOfYear: 2023\npaths: 100\nscope: [dandong]\noverrides:\n  - pair: dandong/new-urban-jobs\n    observations:\n      - year: 2023\n        value: -5\n        source: a typo\n");

        var (exitCode, output) = _temp.Run(file);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {file}:10:16: overrides[0].observations[0].value: ", output, StringComparison.Ordinal);
        Assert.Contains("negative", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Reports_that_cannot_be_written_are_a_failure_not_bad_input()
    {
        var blocker = Path.Combine(_temp.Folder, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var (exitCode, output) = ConsoleRun.Forecast("run", TempScenario.ShippedFile("baseline.yaml"), "--data", ShippedCatalog.Directory, "--paths", "50", "--format", "json", "--out", blocker);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains($"--out: cannot write reports to {blocker}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
