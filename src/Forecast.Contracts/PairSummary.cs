namespace Forecast.Contracts;

/// <summary>A pair in a rollup's list of the worst: enough to show it and open it.</summary>
[GenerateSerializer, Immutable, Alias("forecast.PairSummary")]
public sealed record PairSummary(
    [property: Id(0)] string Pair,
    [property: Id(1)] string NameZh,
    [property: Id(2)] string NameEn,
    [property: Id(3)] double? PMeet,
    [property: Id(4)] string Flag,
    [property: Id(5)] string ReasonZh,
    [property: Id(6)] string ReasonEn);
