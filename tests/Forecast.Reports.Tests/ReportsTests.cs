using System.Globalization;
using Forecast.Contracts;

namespace Forecast.Reports.Tests;

public sealed class HtmlReportTests
{
    private readonly string _html = HtmlReport.Write(SampleRun.Report());

    [Fact]
    public void The_html_is_well_formed_and_fetches_nothing_from_elsewhere() => Assert.Empty(ReportChecks.HtmlProblems(_html));

    [Fact]
    public void It_names_the_content_hash_the_seed_the_catalog_hash_and_the_model_revision()
    {
        Assert.Contains(ScenarioHash.Of(SampleRun.Scenario), _html, StringComparison.Ordinal);
        Assert.Contains("<dd>42</dd>", _html, StringComparison.Ordinal);
        Assert.Contains("catalog-hash-of-the-sample", _html, StringComparison.Ordinal);
        Assert.Contains("<dd>model-revision-of-the-sample</dd>", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_flagged_pair_has_a_fan_chart_and_unflagged_ones_do_not()
    {
        Assert.Equal(1, CountOf("<svg ", _html));
        Assert.Contains("fan chart of dandong/new-urban-jobs", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flagged_pair_shows_chinese_and_english_labels_with_its_clause_and_evidence()
    {
        var article = _html[_html.IndexOf("<article", StringComparison.Ordinal)..(_html.IndexOf("</article>", StringComparison.Ordinal))];

        Assert.Contains("新增城镇就业", article, StringComparison.Ordinal);
        Assert.Contains("new urban jobs", article, StringComparison.Ordinal);
        Assert.Contains("二(一)1", article, StringComparison.Ordinal);
        Assert.Contains("累计新增城镇就业5.1万人", article, StringComparison.Ordinal);
        Assert.Contains("0.31", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flagged_pair_says_what_it_takes_against_its_planned_pace() =>
        Assert.Contains(System.Net.WebUtility.HtmlEncode("needs 6,120 人/yr from 2024 for P(meet) ≥ 0.8; planned 5,100 (×1.20)"), _html, StringComparison.Ordinal);

    [Fact]
    public void A_pair_with_no_forecast_says_it_has_no_pace_and_why() =>
        Assert.Equal("none: insufficient data (nothing is forecast)", ReportText.WhatItTakes(SampleRun.Result().Pairs[2]));

    [Fact]
    public void The_tree_nests_dandong_under_liaoning_with_its_counts()
    {
        var liaoning = _html.IndexOf("<b>辽宁省</b>", StringComparison.Ordinal);
        var dandong = _html.IndexOf("<b>丹东市</b>", StringComparison.Ordinal);

        Assert.InRange(liaoning, 0, dandong);
        Assert.Contains("<ul>\n<li><span class=\"node\"><b>丹东市</b>", _html, StringComparison.Ordinal);
    }

    private static int CountOf(string needle, string text) => (text.Length - text.Replace(needle, string.Empty, StringComparison.Ordinal).Length) / needle.Length;
}

public sealed class CsvReportTests
{
    [Fact]
    public void The_csv_has_one_row_per_pair_naming_the_scenario_hash_seed_and_model_revision()
    {
        var rows = ReportChecks.CsvRows(CsvReport.Write(SampleRun.Report()));

        Assert.Equal(["dandong/new-urban-jobs", "liaoning/rural-income", "dandong/pocket-parks"], rows.Select(r => (string)r["pair"]));
        Assert.All(rows, r => Assert.Equal(ScenarioHash.Of(SampleRun.Scenario), r["content_hash"]));
        Assert.All(rows, r => Assert.Equal("42", r["seed"]));
        Assert.All(rows, r => Assert.Equal("model-revision-of-the-sample", r["model_revision"]));
        Assert.Equal("0.31", rows[0]["p_meet"]);
        Assert.Equal(string.Empty, rows[2]["p_meet"]);
        Assert.Equal("insufficient-data", rows[2]["flag"]);
        Assert.Equal("二(一)1", rows[0]["clause"]);
    }

    [Fact]
    public void The_csv_says_what_it_takes_beside_the_assumed_pace_and_why_a_pair_has_none()
    {
        var rows = ReportChecks.CsvRows(CsvReport.Write(SampleRun.Report()));

        Assert.Equal("6120", rows[0]["pace_needed"]);
        Assert.Equal("5100", rows[0]["pace_assumed"]);
        Assert.Equal("1.2", rows[0]["pace_ratio"]);
        Assert.Equal("人/yr", rows[0]["pace_unit"]);
        Assert.Equal("2024", rows[0]["pace_from_year"]);
        Assert.Equal(string.Empty, rows[0]["pace_note"]);
        Assert.Equal(string.Empty, rows[2]["pace_needed"]);
        Assert.Equal("insufficient-data", rows[2]["pace_note"]);
    }
}

public sealed class JsonReportTests
{
    [Fact]
    public void The_json_validates_against_the_documented_schema() =>
        Assert.Empty(ReportChecks.SchemaErrors(JsonReport.Write(SampleRun.Report())));

    [Fact]
    public void The_json_reads_back_with_every_pair_and_the_run_identity()
    {
        var document = JsonReport.Read(JsonReport.Write(SampleRun.Report()));

        Assert.Equal(ReportDocument.CurrentFormat, document.Format);
        Assert.Equal(3, document.Pairs.Count);
        Assert.Equal(42UL, document.Scenario.Seed);
        Assert.Equal(ScenarioHash.Of(SampleRun.Scenario), document.ContentHash);
        Assert.Equal("model-revision-of-the-sample", document.ModelRevision);
        Assert.Equal(new FlagCounts(1, 0, 1, 1), document.Counts);
    }

    [Fact]
    public void The_schema_refuses_a_report_with_a_flag_it_does_not_know()
    {
        var json = JsonReport.Write(SampleRun.Report()).Replace("\"flag\": \"on-track\"", "\"flag\": \"green\"", StringComparison.Ordinal);

        Assert.NotEmpty(ReportChecks.SchemaErrors(json));
    }

    [Fact]
    public void Clock_times_are_left_out_so_the_same_run_gives_the_same_bytes()
    {
        var a = SampleRun.Result();
        var b = a with { StartedAt = DateTimeOffset.UnixEpoch.AddDays(1), CompletedAt = DateTimeOffset.UnixEpoch.AddDays(2) };

        Assert.Equal(JsonReport.Write(new RunReport(a, SampleRun.Jurisdictions)), JsonReport.Write(new RunReport(b, SampleRun.Jurisdictions)));
    }
}

public sealed class ScenarioComparisonTests
{
    [Fact]
    public void A_pair_whose_light_changes_is_listed_with_how_far_p_meet_moves()
    {
        var comparison = ScenarioComparison.Of(SampleRun.Result(jobsPMeet: 0.85), SampleRun.Result(SampleRun.Scenario with { Id = "worse" }, jobsPMeet: 0.31));

        var change = Assert.Single(comparison.FlagChanges);
        Assert.Equal(("dandong/new-urban-jobs", Flags.OnTrack, Flags.LikelyMissed), (change.Pair, change.FlagA, change.FlagB));
        Assert.Equal(-0.54, change.Move!.Value, 6);
    }

    [Fact]
    public void The_biggest_move_comes_first_and_pairs_without_a_probability_come_last()
    {
        var comparison = ScenarioComparison.Of(SampleRun.Result(jobsPMeet: 0.85), SampleRun.Result(jobsPMeet: 0.6));

        Assert.Equal(["dandong/new-urban-jobs", "liaoning/rural-income", "dandong/pocket-parks"], comparison.Moves.Select(m => m.Pair));
    }

    [Fact]
    public void The_comparison_csv_has_every_pair_in_both_runs_with_both_hashes()
    {
        var first = SampleRun.Result(jobsPMeet: 0.85);
        var second = SampleRun.Result(SampleRun.Scenario with { Seed = 7 }, jobsPMeet: 0.31);

        var rows = ReportChecks.CsvRows(ScenarioComparison.Of(first, second).ToCsv());

        Assert.Equal(3, rows.Count);
        Assert.Equal("yes", rows[0]["flag_changed"]);
        Assert.Equal((-0.54).ToString("R", CultureInfo.InvariantCulture), ((string)rows[0]["move"])[..5]);
        Assert.All(rows, r => Assert.Equal(first.ContentHash, r["content_hash_a"]));
        Assert.All(rows, r => Assert.Equal(second.ContentHash, r["content_hash_b"]));
    }
}

public sealed class ReportTextTests
{
    [Fact]
    public void A_short_reason_keeps_what_drives_the_risk_and_the_gap()
    {
        var reason = "P(meet) 0.01 (±0.001); mostly the trend itself: the central path falls short by the target year; median gap 1,840.71 户 (0.184 of the target); expected shortfall when missed 1,832.8 户";

        Assert.Equal("mostly the trend itself: the central path falls short by the target year; median gap 1,840.71 户 (0.184 of the target)", ReportText.ShortReason(reason));
    }
}
