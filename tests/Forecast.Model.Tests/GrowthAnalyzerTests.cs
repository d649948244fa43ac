using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Forecast.Model.Growth;

namespace Forecast.Model.Tests;

public sealed class GrowthAnalyzerTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void A_level_compounds_from_baseline_to_commitment_and_from_commitment_to_target()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level(), [Figures.Baseline(119), Figures.Commitment(129), Figures.Target(150)], []);

        Assert.Equal(RateMeasure.PercentPerYear, row.Measure);
        Assert.Equal((129.0 / 119 - 1) * 100, row.HistoricalRate!.Value, Tolerance);
        Assert.Equal((Math.Sqrt(150.0 / 129) - 1) * 100, row.RequiredRate!.Value, Tolerance);
        Assert.Equal(row.HistoricalRate / row.RequiredRate, row.Ratio);
        Assert.Equal(ProgressCategory.OnTrack, row.Category);
        Assert.Equal(PointBasis.Planned, row.Latest!.Basis);
    }

    [Fact]
    public void A_share_in_percent_moves_in_percentage_points_a_year()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level("%", bound: 100), [Figures.Baseline(27), Figures.Commitment(30), Figures.Target(40)], []);

        Assert.Equal(RateMeasure.PointsPerYear, row.Measure);
        Assert.Equal(3, row.HistoricalRate!.Value, Tolerance);
        Assert.Equal(5, row.RequiredRate!.Value, Tolerance);
        Assert.Equal(0.6, row.Ratio!.Value, Tolerance);
        Assert.Equal(ProgressCategory.Moderate, row.Category);
    }

    [Theory]
    [InlineData(0.95, ProgressCategory.OnTrack)]
    [InlineData(0.9499, ProgressCategory.Moderate)]
    [InlineData(0.60, ProgressCategory.Moderate)]
    [InlineData(0.5999, ProgressCategory.Insufficient)]
    [InlineData(0.0, ProgressCategory.Insufficient)]
    [InlineData(-0.01, ProgressCategory.MovingAway)]
    public void The_category_follows_the_Eurostat_thresholds(double ratio, ProgressCategory expected) =>
        Assert.Equal(expected, ProgressThresholds.FromRatio(ratio));

    [Fact]
    public void A_cumulative_target_compares_the_pace_achieved_with_the_pace_still_required()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Flow(), [Figures.Commitment(17_000), Figures.Target(51_000, fromYear: 2023)], []);

        Assert.Equal(RateMeasure.PacePerYear, row.Measure);
        Assert.Equal(17_000, row.HistoricalRate!.Value, Tolerance);
        Assert.Equal((51_000 - 17_000) / 2.0, row.RequiredRate!.Value, Tolerance);
        Assert.Equal(1.0, row.Ratio!.Value, Tolerance);
        Assert.Equal(ProgressCategory.OnTrack, row.Category);
    }

    [Fact]
    public void A_cumulative_target_already_reached_is_met_early()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Flow(), [Figures.Commitment(30_000), Figures.Target(51_000, fromYear: 2023)], [Figures.Observed(2024, 25_000)]);

        Assert.Equal(ProgressCategory.Met, row.Category);
        Assert.Equal(55_000, row.Latest!.Value);
        Assert.Contains("met early", row.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_down_target_improving_fast_enough_is_on_track()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level("%", Direction.Down, 100), [Figures.Baseline(1.2), Figures.Commitment(0.8), Figures.Target(0.5, comparator: Comparator.AtMost)], []);

        Assert.Equal(-0.4, row.HistoricalRate!.Value, Tolerance);
        Assert.Equal(-0.15, row.RequiredRate!.Value, Tolerance);
        Assert.Equal(ProgressCategory.OnTrack, row.Category);
    }

    [Fact]
    public void A_down_target_getting_worse_is_moving_away()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level("%", Direction.Down, 100), [Figures.Baseline(0.6), Figures.Commitment(0.8), Figures.Target(0.5, comparator: Comparator.AtMost)], []);

        Assert.True(row.Ratio < 0);
        Assert.Equal(ProgressCategory.MovingAway, row.Category);
    }

    [Fact]
    public void A_target_the_latest_point_already_meets_is_met()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level(), [Figures.Commitment(31_700), Figures.Target(30_000)], []);

        Assert.Equal(ProgressCategory.Met, row.Category);
    }

    [Fact]
    public void A_single_point_gives_the_required_rate_but_no_category()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level(), [Figures.Commitment(100), Figures.Target(121)], []);

        Assert.Equal(10, row.RequiredRate!.Value, Tolerance);
        Assert.Null(row.HistoricalRate);
        Assert.Equal(ProgressCategory.NotAssessable, row.Category);
        Assert.Contains("one point only", row.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_without_a_target_is_not_assessable()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level(), [Figures.Commitment(100)], []);

        Assert.Equal(ProgressCategory.NotAssessable, row.Category);
        Assert.Null(row.RequiredRate);
    }

    [Fact]
    public void An_observation_replaces_the_plan_for_its_year()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level(), [Figures.Baseline(100), Figures.Commitment(110), Figures.Target(133.1)], [Figures.Observed(2023, 105)]);

        Assert.Equal(PointBasis.Observed, row.Latest!.Basis);
        Assert.Equal(105, row.Latest.Value);
        Assert.Equal(5, row.HistoricalRate!.Value, 1e-9);
    }

    [Fact]
    public void A_target_year_reached_short_of_the_target_is_not_met()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level(), [Figures.Commitment(100), Figures.Target(120)], [Figures.Observed(2025, 110)]);

        Assert.Equal(ProgressCategory.NotMet, row.Category);
    }

    [Fact]
    public void Dandong_new_urban_jobs_plans_exactly_the_pace_its_target_requires()
    {
        var catalog = ShippedCatalog.Catalog;
        var pair = new PairId("dandong", "new-urban-jobs");

        var row = GrowthAnalyzer.Analyze(catalog.Indicator(pair.Indicator), catalog.FiguresOf(pair), []);

        // 附件 1: 城镇新增就业1.7万人 in 2023; 一(二)1: 累计新增城镇就业5.1万人 over 2023–2025.
        Assert.Equal(17_000, row.HistoricalRate!.Value, Tolerance);
        Assert.Equal(17_000, row.RequiredRate!.Value, Tolerance);
        Assert.Equal(ProgressCategory.OnTrack, row.Category);
    }

    [Theory]
    [InlineData("万吨", "吨", 20, 10, 0, Direction.Down, Comparator.AtMost)] // 20 → 10 万吨 toward at most 0
    [InlineData("万人", "人", 0, 2, 3, Direction.Up, Comparator.AtLeast)] // 0 → 2 万人 toward at least 3
    public void The_same_data_in_wan_and_in_units_gives_the_same_category(
        string wan, string units, double baseline, double commitment, double target, Direction direction, Comparator comparator)
    {
        GrowthRow In(string unit, double scale) => GrowthAnalyzer.Analyze(
            Figures.Level(unit, direction),
            [Figures.Baseline(baseline * scale), Figures.Commitment(commitment * scale), Figures.Target(target * scale, comparator: comparator)],
            []);

        var inWan = In(wan, 1);
        var inUnits = In(units, 10_000);

        Assert.Equal(inWan.Category, inUnits.Category);
        Assert.Equal(inWan.Ratio!.Value, inUnits.Ratio!.Value, 1e-9);
    }

    [Fact]
    public void A_level_with_a_zero_is_measured_in_units_a_year_on_both_sides()
    {
        var row = GrowthAnalyzer.Analyze(Figures.Level("万人"), [Figures.Baseline(0), Figures.Commitment(2), Figures.Target(3)], []);

        Assert.Equal(RateMeasure.PacePerYear, row.Measure);
        Assert.Equal("万人/yr", row.RateUnit);
        Assert.Equal(2, row.HistoricalRate!.Value, Tolerance);
        Assert.Equal(0.5, row.RequiredRate!.Value, Tolerance);
        Assert.Equal(ProgressCategory.OnTrack, row.Category);
    }

    [Fact]
    public void A_latest_point_a_rounding_error_from_the_target_is_met_not_without_a_rate()
    {
        // 0.1 + 0.2 is 0.30000000000000004: short of "at most 0.3" by 4e-17, which once gave a required rate of ~0 and "no rate".
        var row = GrowthAnalyzer.Analyze(
            Figures.Level("%", Direction.Down, 100),
            [Figures.Baseline(0.5), Figures.Commitment(0.1 + 0.2), Figures.Target(0.3, comparator: Comparator.AtMost)],
            []);

        Assert.Equal(ProgressCategory.Met, row.Category);
    }

    [Fact]
    public void A_latest_point_clearly_short_of_the_target_is_not_met_by_the_tolerance()
    {
        var row = GrowthAnalyzer.Analyze(
            Figures.Level("%", Direction.Down, 100),
            [Figures.Baseline(0.5), Figures.Commitment(0.300001), Figures.Target(0.3, comparator: Comparator.AtMost)],
            []);

        Assert.NotEqual(ProgressCategory.Met, row.Category);
        Assert.NotNull(row.Ratio);
    }

    [Fact]
    public void A_percent_set_for_each_year_is_compared_on_its_value_not_as_a_rate_a_year()
    {
        // 毕业去向落实率 each year ≥ 90 %: 85 % planned is 85 %, not "85 %/yr" (a rate of a rate).
        var row = GrowthAnalyzer.Analyze(Figures.EachYearPercent(), [Figures.Commitment(85), Figures.Target(90)], []);

        Assert.Equal(RateMeasure.Rate, row.Measure);
        Assert.Equal("%", row.RateUnit);
        Assert.Equal(85, row.HistoricalRate!.Value, Tolerance);
        Assert.Equal(90, row.RequiredRate!.Value, Tolerance);
        Assert.DoesNotContain("/yr", row.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_legend_says_how_a_percent_set_for_each_year_is_compared() =>
        Assert.Contains(ProgressThresholds.Deviations, d => d.Contains("set for each year", StringComparison.Ordinal) && d.Contains("not as a rate of a rate", StringComparison.Ordinal));
}
