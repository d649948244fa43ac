namespace Forecast.Contracts;

/// <summary>
/// A shift to the yearly movement of what it names, in log units a year (−0.03 ≈ 3 % lower each year), over
/// [FromYear, ToYear]. A factor shock reaches each pair times its loading; a domain, indicator or jurisdiction shock
/// reaches the pairs it names in full.
/// </summary>
[GenerateSerializer, Immutable, Alias("forecast.ScenarioShockSpec")]
public sealed record ScenarioShockSpec(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Factor,
    [property: Id(2)] string? Domain,
    [property: Id(3)] string? Indicator,
    [property: Id(4)] string? Jurisdiction,
    [property: Id(5)] int FromYear,
    [property: Id(6)] int ToYear,
    [property: Id(7)] double Shift);
