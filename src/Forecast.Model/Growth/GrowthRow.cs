using Forecast.Catalog;

namespace Forecast.Model.Growth;

/// <summary>
/// One line of the analyst's table: the latest point, the rate achieved, the rate the target requires, their ratio
/// and the progress category, each with its basis.
/// </summary>
/// <param name="HistoricalFrom">The earlier point the historical rate is measured from; null where there is none.</param>
/// <param name="Ratio">Historical rate ÷ required rate; null where either is missing or the required rate is zero.</param>
/// <param name="Explanation">Why the category is what it is, in planners' words (English).</param>
public sealed record GrowthRow(
    PairId Pair,
    Indicator Indicator,
    Figure? Target,
    DataPoint? Latest,
    DataPoint? HistoricalFrom,
    double? HistoricalRate,
    double? RequiredRate,
    double? Ratio,
    RateMeasure Measure,
    ProgressCategory Category,
    string Explanation)
{
    /// <summary>The rate's unit as printed: "%/yr", "pp/yr", or the indicator's unit per year.</summary>
    public string RateUnit => UnitOf(Measure, Indicator);

    internal static string UnitOf(RateMeasure measure, Indicator indicator) => measure switch
    {
        RateMeasure.PercentPerYear => "%/yr",
        RateMeasure.PointsPerYear => "pp/yr",
        RateMeasure.PacePerYear => $"{indicator.Unit}/yr",
        RateMeasure.Rate => indicator.Unit,
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };
}
