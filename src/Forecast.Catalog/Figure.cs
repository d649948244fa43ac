namespace Forecast.Catalog;

/// <summary>One quantified figure of a pair, in the indicator's unit (万 and 亿 already converted).</summary>
/// <param name="FromYear">For a cumulative target, the first year of the accumulation (2023 for 2023–2025).</param>
public sealed record Figure(
    PairId Pair,
    FigureRole Role,
    int Year,
    int? FromYear,
    double Value,
    string Unit,
    Comparator Comparator,
    SourceClause Source,
    string? Note);
