using CsvHelper.Configuration.Attributes;
using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Model.Growth;

namespace Forecast.Reports;

/// <summary>
/// One line of the analyst's growth table with the basis of every figure; the JSON and the CSV carry the same fields
/// (<c>forecast growth --csv</c> and <c>GET /api/growth?format=csv</c> write it through <see cref="GrowthCsv"/>).
/// </summary>
public sealed record GrowthLine(
    [property: Name("jurisdiction")] string Jurisdiction,
    [property: Name("indicator")] string Indicator,
    [property: Name("name_zh")] string NameZh,
    [property: Name("name_en")] string NameEn,
    [property: Name("unit")] string Unit,
    [property: Name("kind")] string Kind,
    [property: Name("direction")] string Direction,
    [property: Name("target_year")] int? TargetYear,
    [property: Name("target_from_year")] int? TargetFromYear,
    [property: Name("target_comparator")] string? TargetComparator,
    [property: Name("target_value")] double? TargetValue,
    [property: Name("target_clause")] string? TargetClause,
    [property: Name("target_evidence")] string? TargetEvidence,
    [property: Name("latest_year")] int? LatestYear,
    [property: Name("latest_value")] double? LatestValue,
    [property: Name("latest_basis")] string? LatestBasis,
    [property: Name("latest_source")] string? LatestSource,
    [property: Name("history_from_year")] int? HistoryFromYear,
    [property: Name("history_from_value")] double? HistoryFromValue,
    [property: Name("history_from_basis")] string? HistoryFromBasis,
    [property: Name("historical_rate")] double? HistoricalRate,
    [property: Name("required_rate")] double? RequiredRate,
    [property: Name("rate_unit")] string RateUnit,
    [property: Name("ratio")] double? Ratio,
    [property: Name("category")] string Category,
    [property: Name("explanation")] string Explanation)
{
    public static GrowthLine From(GrowthRow r) => new(
        r.Pair.Jurisdiction,
        r.Indicator.Id,
        r.Indicator.NameZh,
        r.Indicator.NameEn,
        r.Indicator.Unit,
        r.Indicator.Kind.ToString().ToLowerInvariant(),
        r.Indicator.Direction.ToString().ToLowerInvariant(),
        r.Target?.Year,
        r.Target?.FromYear,
        r.Target?.Comparator.ToSymbol(),
        r.Target?.Value,
        r.Target?.Source.Clause,
        r.Target?.Source.Evidence,
        r.Latest?.Year,
        r.Latest?.Value,
        r.Latest?.Basis.ToString().ToLowerInvariant(),
        r.Latest?.Source,
        r.HistoricalFrom?.Year,
        r.HistoricalFrom?.Value,
        r.HistoricalFrom?.Basis.ToString().ToLowerInvariant(),
        r.HistoricalRate,
        r.RequiredRate,
        r.RateUnit,
        r.Ratio,
        CategoryName(r.Category),
        r.Explanation);

    /// <summary>A run's line for a pair: its goal as the target, and the growth figures the run computed with it.</summary>
    public static GrowthLine Of(PairForecastView p)
    {
        var (d, g) = (p.Definition, p.Growth);
        return new(
            d.Jurisdiction, d.Indicator, d.NameZh, d.NameEn, d.Unit, d.Kind, d.Direction,
            p.Goal.Year, p.Goal.FromYear, p.Goal.Comparator, p.Goal.Value, p.Goal.Source.Clause, p.Goal.Source.Evidence,
            g.Latest?.Year, g.Latest?.Value, g.Latest?.Basis, g.Latest?.Source,
            g.HistoricalFrom?.Year, g.HistoricalFrom?.Value, g.HistoricalFrom?.Basis,
            g.HistoricalRate, g.RequiredRate, g.RateUnit, g.Ratio, g.Category, g.Explanation);
    }

    /// <summary>The category as GrowthView spells it ("on-track", "moving-away", "no-rate").</summary>
    public static string CategoryName(ProgressCategory category) => category switch
    {
        ProgressCategory.Met => "met",
        ProgressCategory.OnTrack => "on-track",
        ProgressCategory.Moderate => "moderate",
        ProgressCategory.Insufficient => "insufficient",
        ProgressCategory.MovingAway => "moving-away",
        ProgressCategory.NotMet => "not-met",
        _ => "no-rate",
    };
}
