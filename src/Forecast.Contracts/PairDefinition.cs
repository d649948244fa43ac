namespace Forecast.Contracts;

/// <summary>A jurisdiction × indicator pair as the catalog defines it: the indicator and every seed figure with its source.</summary>
/// <param name="Pair">"jurisdiction/indicator".</param>
/// <param name="Kind">"level", "cumulative", "annual", "growth" or "count".</param>
/// <param name="Direction">"up", "down" or "hold".</param>
/// <param name="Bound">The value no figure can exceed (100 for a share in %), where one exists.</param>
/// <param name="Additive">Children's values sum to the parent's.</param>
[GenerateSerializer, Immutable, Alias("forecast.PairDefinition")]
public sealed record PairDefinition(
    [property: Id(0)] string Pair,
    [property: Id(1)] string Jurisdiction,
    [property: Id(2)] string Indicator,
    [property: Id(3)] string NameZh,
    [property: Id(4)] string NameEn,
    [property: Id(5)] string Domain,
    [property: Id(6)] string Unit,
    [property: Id(7)] string Kind,
    [property: Id(8)] string Direction,
    [property: Id(9)] double? Bound,
    [property: Id(10)] bool Additive,
    [property: Id(11)] IReadOnlyList<FigureView> Figures);
