using System.Text.Json;

namespace Forecast.Reports.Tests;

/// <summary>Every report names the rung of evidence each forecast stands on, and whether its light is borderline.</summary>
public sealed class EvidenceColumnsTests
{
    [Fact]
    public void The_csv_carries_the_evidence_in_both_languages_the_borderline_and_the_plan_path_value()
    {
        var lines = CsvReport.Write(SampleRun.Report(jobsPMeet: 0.5)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var jobs = lines.Single(l => l.StartsWith("dandong/new-urban-jobs", StringComparison.Ordinal)).Split(',');

        Assert.Equal("本地区计划", jobs[Array.IndexOf(header, "evidence_zh")]);
        Assert.Equal("its own plan", jobs[Array.IndexOf(header, "evidence_en")]);
        Assert.Equal("monte-carlo", jobs[Array.IndexOf(header, "borderline")]);
        Assert.Equal("51000", jobs[Array.IndexOf(header, "plan_path_value")]);
    }

    [Fact]
    public void The_json_carries_the_evidence_and_the_borderline()
    {
        using var json = JsonDocument.Parse(JsonReport.Write(SampleRun.Report(jobsPMeet: 0.5)));
        var jobs = json.RootElement.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("pair").GetString() == "dandong/new-urban-jobs");

        Assert.Equal("its own plan", jobs.GetProperty("evidenceEn").GetString());
        Assert.Equal("monte-carlo", jobs.GetProperty("borderline").GetString());
    }

    [Fact]
    public void The_html_says_the_evidence_and_borderline_and_never_a_spread_of_zero()
    {
        var html = HtmlReport.Write(SampleRun.Report(jobsPMeet: 0.5));

        Assert.Contains("本地区计划 its own plan", html);
        Assert.Contains("临界 borderline", html);
        Assert.DoesNotContain("± 0.000", html);
    }

    [Theory]
    [InlineData(0.0, "< 0.001 (no path met it)")]
    [InlineData(1.0, "> 0.999 (every path met it)")]
    [InlineData(0.0009, "0.0009 ± 0.0003")]
    [InlineData(0.0003, "0.0003 ± 0.0002")]
    public void A_probability_at_or_near_0_or_1_never_prints_a_spread_of_zero(double p, string expected)
    {
        var view = SampleRun.Result().Pairs[0] with { PMeet = p, StandardError = Math.Sqrt(p * (1 - p) / 10_000) };

        Assert.Equal(expected, ReportText.Probability(view));
    }
}
