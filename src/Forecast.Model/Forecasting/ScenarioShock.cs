namespace Forecast.Model.Forecasting;

/// <summary>
/// A scenario's shift to the yearly movement of what it names, in log units a year (−0.03 ≈ 3 % lower each year) over
/// [FromYear, ToYear]. A factor shock reaches each pair times its loading; a domain, indicator or jurisdiction shock
/// reaches the pairs it names in full.
/// </summary>
/// <param name="Factor">A common factor's name, or null.</param>
/// <param name="Domain">An indicator domain, or null.</param>
/// <param name="Indicator">An indicator id, or null.</param>
/// <param name="Jurisdiction">A jurisdiction id (and everything below it), or null for all.</param>
public sealed record ScenarioShock(string Name, string? Factor, string? Domain, string? Indicator, string? Jurisdiction, int FromYear, int ToYear, double Shift);
