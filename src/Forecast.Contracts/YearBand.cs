namespace Forecast.Contracts;

/// <summary>One year of a fan chart, in the indicator's unit.</summary>
[GenerateSerializer, Immutable, Alias("forecast.YearBand")]
public sealed record YearBand(
    [property: Id(0)] int Year,
    [property: Id(1)] double P5,
    [property: Id(2)] double P25,
    [property: Id(3)] double P50,
    [property: Id(4)] double P75,
    [property: Id(5)] double P95);
