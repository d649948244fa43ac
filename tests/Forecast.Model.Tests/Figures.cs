using Forecast.Catalog;

namespace Forecast.Model.Tests;

/// <summary>Builds indicators and figures for tests, with sources that say they were made by a test.</summary>
internal static class Figures
{
    public static Indicator Level(string unit = "元", Direction direction = Direction.Up, double? bound = null) =>
        new("test-level", "测试", "Test level", "income", unit, IndicatorKind.Level, direction, bound, Additive: false);

    public static Indicator Flow(IndicatorKind kind = IndicatorKind.Cumulative) =>
        new("test-flow", "测试", "Test flow", "employment", "人", kind, Direction.Up, null, Additive: true);

    /// <summary>A share or a raise in % that each year must reach on its own (年度增长不低于3.5%).</summary>
    public static Indicator EachYearPercent() =>
        new("test-each-year", "测试", "Test each-year percent", "social-assistance", "%", IndicatorKind.Annual, Direction.Up, null, Additive: false);

    public static Figure Target(double value, int year = 2025, Comparator comparator = Comparator.AtLeast, int? fromYear = null) =>
        Make(FigureRole.Target, year, value, comparator, fromYear);

    public static Figure Commitment(double value, int year = 2023) => Make(FigureRole.Commitment, year, value, Comparator.AtLeast, null);

    public static Figure Baseline(double value, int year = 2022) => Make(FigureRole.Baseline, year, value, Comparator.Equal, null);

    public static DataPoint Observed(int year, double value) => new(year, value, PointBasis.Observed, "test observation");

    private static Figure Make(FigureRole role, int year, double value, Comparator comparator, int? fromYear) =>
        new(new PairId("test", "test"), role, year, fromYear, value, "元", comparator, new SourceClause("test", "test", "test", "test", 0), null);
}
