namespace Forecast.Catalog;

/// <summary>What a row is checked against: the jurisdictions, the indicators and each pair's figures, by key.</summary>
internal sealed record CatalogLookups(
    IReadOnlyDictionary<string, Jurisdiction> Jurisdictions,
    IReadOnlyDictionary<string, Indicator> Indicators,
    IReadOnlyDictionary<PairId, IReadOnlyList<Figure>> FiguresByPair);
