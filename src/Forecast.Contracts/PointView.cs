namespace Forecast.Contracts;

/// <summary>A point a forecast rests on.</summary>
/// <param name="Basis">"observed", "planned" (a commitment read as planned) or "baseline".</param>
/// <param name="Source">The clause or the observation's source.</param>
[GenerateSerializer, Immutable, Alias("forecast.PointView")]
public sealed record PointView(
    [property: Id(0)] int Year,
    [property: Id(1)] double Value,
    [property: Id(2)] string Basis,
    [property: Id(3)] string Source);
