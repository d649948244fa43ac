namespace Forecast.Contracts;

/// <summary>The analyst's line for a pair: the rate achieved against the rate the target requires.</summary>
/// <param name="RateUnit">"%/yr", "pp/yr", the indicator's unit a year, or its unit alone where the figure is itself a rate or a % set for each year.</param>
/// <param name="Category">"met", "on-track", "moderate", "insufficient", "moving-away", "not-met" or "no-rate".</param>
[GenerateSerializer, Immutable, Alias("forecast.GrowthView")]
public sealed record GrowthView(
    [property: Id(0)] PointView? Latest,
    [property: Id(1)] PointView? HistoricalFrom,
    [property: Id(2)] double? HistoricalRate,
    [property: Id(3)] double? RequiredRate,
    [property: Id(4)] double? Ratio,
    [property: Id(5)] string RateUnit,
    [property: Id(6)] string Category,
    [property: Id(7)] string Explanation);
