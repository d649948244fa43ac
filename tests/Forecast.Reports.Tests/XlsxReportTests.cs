using System.Globalization;
using Forecast.Contracts;

namespace Forecast.Reports.Tests;

/// <summary>The run's workbook, read back with the library: every sheet, its header, typed cells, and the values of the same run's CSV and JSON.</summary>
public sealed class XlsxReportTests
{
    private const string Hostile = "=HYPERLINK(\"http://evil.example/\",\"点击\")";

    private readonly RunReport _report = SampleRun.Report();
    private readonly byte[] _workbook;

    public XlsxReportTests() => _workbook = XlsxReport.Write(_report);

    [Fact]
    public void The_workbook_has_a_summary_the_flagged_targets_a_sheet_per_jurisdiction_the_growth_table_and_the_observations()
    {
        Assert.Equal(
            [XlsxReport.SummarySheet, XlsxReport.FlaggedSheet, "辽宁省 liaoning", "丹东市 dandong", GrowthXlsx.SheetName, XlsxReport.ObservationsSheet],
            WorkbookChecks.SheetNames(_workbook));
    }

    [Fact]
    public void Every_sheet_has_its_chinese_first_header_frozen_and_columns_set_to_fit()
    {
        var headers = new Dictionary<string, IReadOnlyList<SheetColumn>>
        {
            [XlsxReport.SummarySheet] = XlsxReport.SummaryColumns,
            [XlsxReport.FlaggedSheet] = XlsxReport.TargetColumns,
            ["辽宁省 liaoning"] = XlsxReport.TargetColumns,
            ["丹东市 dandong"] = XlsxReport.TargetColumns,
            [GrowthXlsx.SheetName] = GrowthXlsx.Columns,
            [XlsxReport.ObservationsSheet] = XlsxReport.ObservationColumns,
        };
        foreach (var (sheet, columns) in headers)
        {
            Assert.Equal(columns.Select(c => c.Header), WorkbookChecks.Header(_workbook, sheet));
            Assert.Equal(1, WorkbookChecks.FrozenRows(_workbook, sheet));
            Assert.All(Enumerable.Range(1, columns.Count), i => Assert.InRange(WorkbookChecks.ColumnWidth(_workbook, sheet, i) ?? 0, 8, 62));
        }

        Assert.Contains("指标 Indicator", WorkbookChecks.Header(_workbook, XlsxReport.FlaggedSheet));
    }

    [Fact]
    public void A_reason_column_is_wider_than_a_year_column()
    {
        var header = WorkbookChecks.Header(_workbook, XlsxReport.FlaggedSheet);
        var reason = header.ToList().IndexOf("Reason (English)") + 1;
        var year = header.ToList().IndexOf("目标年份 Goal year") + 1;

        Assert.True(WorkbookChecks.ColumnWidth(_workbook, XlsxReport.FlaggedSheet, reason) > WorkbookChecks.ColumnWidth(_workbook, XlsxReport.FlaggedSheet, year));
    }

    [Fact]
    public void The_flagged_row_holds_the_same_figures_as_the_csv_row_of_the_same_run_as_numbers()
    {
        var csv = ReportChecks.CsvRows(CsvReport.Write(_report)).Single(r => (string)r["pair"] == "dandong/new-urban-jobs");

        var row = Assert.Single(WorkbookChecks.Records(_workbook, XlsxReport.FlaggedSheet));

        Assert.Equal("dandong/new-urban-jobs", row["编号 Pair"]);
        Assert.Equal("新增城镇就业", row["指标 Indicator"]);
        Assert.Equal("丹东市 Dandong", row["地区 Jurisdiction"]);
        Assert.Equal(ReportText.Label(Flags.LikelyMissed), row["预警 Flag"]);
        Assert.Equal(Number(csv["p_meet"]), Assert.IsType<double>(row["完成概率 P(meet)"]));
        Assert.Equal(Number(csv["median_gap"]), Assert.IsType<double>(row["中位缺口 Median gap (unit)"]));
        Assert.Equal(Number(csv["goal_value"]), Assert.IsType<double>(row["目标值 Goal value"]));
        Assert.Equal(Number(csv["goal_year"]), Assert.IsType<double>(row["目标年份 Goal year"]));
        Assert.Equal(Number(csv["p50_goal_year"]), Assert.IsType<double>(row["P50"]));
        Assert.Equal(csv["reason_zh"], row["原因 Reason"]);
        Assert.Equal(csv["reason_en"], row["Reason (English)"]);
        Assert.Equal(csv["clause"], row["条款 Clause"]);
        Assert.Equal(csv["evidence"], row["原文 Quote"]);
        Assert.Equal("人", row["单位 Unit"]);
    }

    [Fact]
    public void P_meet_shows_as_a_percentage_never_rounded_to_0_or_100_and_the_gap_as_a_plain_number()
    {
        var header = WorkbookChecks.Header(_workbook, XlsxReport.FlaggedSheet).ToList();
        string Cell(string column) => $"{(char)('A' + header.IndexOf(column))}2";

        Assert.Equal("[<0.0005]\"<0.1%\";[>0.9995]\">99.9%\";0.0%", WorkbookChecks.NumberFormat(_workbook, XlsxReport.FlaggedSheet, Cell("完成概率 P(meet)")));
        Assert.Equal("General", WorkbookChecks.NumberFormat(_workbook, XlsxReport.FlaggedSheet, Cell("中位缺口 Median gap (unit)")));
        Assert.Equal("0", WorkbookChecks.NumberFormat(_workbook, XlsxReport.FlaggedSheet, Cell("目标年份 Goal year")));
    }

    [Fact]
    public void Each_jurisdiction_sheet_lists_all_its_own_targets_least_likely_first()
    {
        var dandong = WorkbookChecks.Records(_workbook, "丹东市 dandong");
        var liaoning = WorkbookChecks.Records(_workbook, "辽宁省 liaoning");

        Assert.Equal(["dandong/new-urban-jobs", "dandong/pocket-parks"], dandong.Select(r => r["编号 Pair"]));
        Assert.Null(dandong[1]["完成概率 P(meet)"]);
        Assert.Equal(["liaoning/rural-income"], liaoning.Select(r => r["编号 Pair"]));
    }

    [Fact]
    public void The_summary_names_the_scenario_its_hashes_seed_and_model_revision_counts_the_lights_and_draws_the_tree()
    {
        var rows = WorkbookChecks.Rows(_workbook, XlsxReport.SummarySheet);
        object? Value(string item) => rows.Single(r => (string?)r[0] == item)[1];

        Assert.Equal("sample", Value("情景 Scenario"));
        Assert.Equal("样例 Sample", Value("标题 Title"));
        Assert.Equal(ScenarioHash.Of(SampleRun.Scenario), Value("情景内容哈希 Scenario content hash"));
        Assert.Equal("catalog-hash-of-the-sample", Value("目录哈希 Catalog hash"));
        Assert.Equal("42", Value("随机种子 Seed"));
        Assert.Equal(1000d, Value("路径数 Paths"));
        Assert.Equal("model-revision-of-the-sample", Value("模型版本 Model revision"));
        var all = rows.Single(r => (string?)r[0] == "全部目标 All targets");
        Assert.Equal<object?>([3d, 1d, 0d, 1d, 1d], all[2..7]);
        var liaoning = rows.ToList().FindIndex(r => r[1] as string == "liaoning");
        var dandong = rows.ToList().FindIndex(r => r[1] as string == "dandong");
        Assert.InRange(liaoning, 0, dandong - 1);
        Assert.Equal("\u3000\u3000丹东市 Dandong", rows[dandong][0]);
        Assert.Equal<object?>([2d, 1d, 0d, 0d, 1d], rows[dandong][2..7]);
    }

    [Fact]
    public void The_growth_sheet_holds_each_pairs_growth_from_the_json_report()
    {
        var json = JsonReport.Read(JsonReport.Write(_report)).Pairs.Single(p => p.Pair == "dandong/new-urban-jobs").Growth;

        var row = WorkbookChecks.Records(_workbook, GrowthXlsx.SheetName).Single(r => (string?)r["地区 Jurisdiction"] == "dandong" && (string?)r["指标编号 Indicator id"] == "new-urban-jobs");

        Assert.Equal(json.HistoricalRate, row["历史增速 Historical rate"]);
        Assert.Equal(json.RequiredRate, row["所需增速 Required rate"]);
        Assert.Equal(json.Ratio, row["比率 Ratio"]);
        Assert.Equal(json.RateUnit, row["增速单位 Rate unit"]);
        Assert.Equal(json.Category, row["类别 Category"]);
        Assert.Equal((double?)json.Latest?.Year, row["最新年份 Latest year"]);
    }

    [Fact]
    public void The_observations_sheet_has_every_recorded_value_with_its_source()
    {
        var json = JsonReport.Read(JsonReport.Write(_report)).Pairs.SelectMany(p => p.Observations.Select(o => (p.Pair, o))).ToList();

        var rows = WorkbookChecks.Records(_workbook, XlsxReport.ObservationsSheet);

        Assert.Equal(json.Count, rows.Count);
        var (pair, observation) = json[0];
        Assert.Equal(pair, rows[0]["编号 Pair"]);
        Assert.Equal((double)observation.Year, rows[0]["年份 Year"]);
        Assert.Equal(observation.Value, rows[0]["数值 Value"]);
        Assert.Equal(observation.Source, rows[0]["来源 Source"]);
        Assert.Equal(observation.RecordedBy, rows[0]["记录人 Recorded by"]);
    }

    [Fact]
    public void Text_that_starts_like_a_formula_stays_literal_text_and_no_cell_is_a_formula()
    {
        var result = SampleRun.Result();
        var jobs = result.Pairs[0] with
        {
            Observations = [new ObservationView(2023, 44_370, Hostile, "+cmd|' /C calc'!A0", null, "year", "final", "https://example.org/x", "@SUM(1)", "2024", "-2+3", null)],
        };
        var workbook = XlsxReport.Write(new RunReport(result with { Pairs = [jobs, .. result.Pairs.Skip(1)] }, SampleRun.Jurisdictions));

        var row = WorkbookChecks.Records(workbook, XlsxReport.ObservationsSheet)[0];

        Assert.Equal(Hostile, row["来源 Source"]);
        Assert.Equal("+cmd|' /C calc'!A0", row["记录人 Recorded by"]);
        Assert.Equal("@SUM(1)", row["发布者 Publisher"]);
        Assert.Equal("-2+3", row["原文 Quote"]);
        Assert.Empty(WorkbookChecks.Formulas(workbook));
    }

    [Fact]
    public void The_same_run_gives_the_same_bytes_whenever_it_is_written()
    {
        var later = SampleRun.Result() with { StartedAt = DateTimeOffset.UnixEpoch.AddDays(3) };

        Assert.Equal(_workbook, XlsxReport.Write(new RunReport(later, SampleRun.Jurisdictions)));
    }

    [Fact]
    public void The_report_writer_writes_report_xlsx_beside_the_others()
    {
        var directory = Path.Combine(Path.GetTempPath(), "forecast-xlsx-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = ReportWriter.Write(_report, directory, [ReportWriter.Csv, ReportWriter.Xlsx]);

            Assert.Equal([Path.Combine(directory, "report.csv"), Path.Combine(directory, "report.xlsx")], written);
            Assert.Equal(_workbook, File.ReadAllBytes(written[1]));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static double Number(object csvField) => double.Parse((string)csvField, CultureInfo.InvariantCulture);
}

public sealed class SpreadsheetXlsxTests
{
    [Fact]
    public void Sheet_names_are_cut_to_31_characters_cleaned_of_what_excel_refuses_and_made_unique()
    {
        var names = SpreadsheetXlsx.SheetNames(["一个非常非常长的地区名称 a-very-long-jurisdiction-identifier", "一个非常非常长的地区名称 a-very-long-jurisdiction-identifier-2", "a/b:c", "A/B:C", "''"]);

        Assert.All(names, n => Assert.InRange(n.Length, 1, SpreadsheetXlsx.MaxSheetName));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("a_b_c", names[2]);
        Assert.EndsWith(" (2)", names[1], StringComparison.Ordinal);
        Assert.DoesNotContain(names, n => n.IndexOfAny(['\\', '/', '?', '*', '[', ']', ':']) >= 0);
    }

    [Fact]
    public void An_empty_sheet_still_has_its_header_row()
    {
        var workbook = SpreadsheetXlsx.Write([new Sheet("空 Empty", [new("指标 Indicator"), new("完成概率 P(meet)", CellKind.Percent)], [])]);

        Assert.Equal(["指标 Indicator", "完成概率 P(meet)"], WorkbookChecks.Header(workbook, "空 Empty"));
    }

    [Fact]
    public void A_number_that_is_not_finite_is_an_empty_cell_and_a_numeric_looking_text_stays_text()
    {
        var workbook = SpreadsheetXlsx.Write([new Sheet("S", [new("n", CellKind.Number), new("t")], [[double.NaN, "0012"], [1.5, "1e5"]])]);

        var rows = WorkbookChecks.Rows(workbook, "S");

        Assert.Null(rows[1][0]);
        Assert.Equal("0012", rows[1][1]);
        Assert.Equal(1.5, rows[2][0]);
        Assert.Equal("1e5", rows[2][1]);
    }

    [Fact]
    public void A_chinese_character_counts_two_widths() => Assert.Equal(6, SpreadsheetXlsx.DisplayWidth("指标ab"));
}

public sealed class ComparisonXlsxTests
{
    [Fact]
    public void The_comparison_workbook_lists_the_light_changes_and_every_pair_with_moves_as_numbers()
    {
        var first = SampleRun.Result(jobsPMeet: 0.85);
        var second = SampleRun.Result(SampleRun.Scenario with { Id = "worse", Seed = 7 }, jobsPMeet: 0.31);
        var comparison = ScenarioComparison.Of(first, second);
        var csv = ReportChecks.CsvRows(comparison.ToCsv());

        var workbook = comparison.ToXlsx();

        Assert.Equal([ScenarioComparison.SummarySheet, ScenarioComparison.ChangesSheet, ScenarioComparison.AllSheet], WorkbookChecks.SheetNames(workbook));
        var change = Assert.Single(WorkbookChecks.Records(workbook, ScenarioComparison.ChangesSheet));
        Assert.Equal("dandong/new-urban-jobs", change["编号 Pair"]);
        Assert.Equal(double.Parse((string)csv[0]["move"], CultureInfo.InvariantCulture), Assert.IsType<double>(change["变动 Move"]));
        Assert.Equal(0.85, change["完成概率 A P(meet) A"]);
        Assert.Equal(csv.Count, WorkbookChecks.Records(workbook, ScenarioComparison.AllSheet).Count);
        var summary = WorkbookChecks.Rows(workbook, ScenarioComparison.SummarySheet);
        Assert.Equal(second.ContentHash, summary.Single(r => (string?)r[0] == "内容哈希 B Content hash B")[1]);
        Assert.Equal("7", summary.Single(r => (string?)r[0] == "随机种子 B Seed B")[1]);
        Assert.Equal(1d, summary.Single(r => (string?)r[0] == "灯号变化 Light changes")[1]);
        Assert.All([ScenarioComparison.SummarySheet, ScenarioComparison.ChangesSheet, ScenarioComparison.AllSheet], s => Assert.Equal(1, WorkbookChecks.FrozenRows(workbook, s)));
    }
}
