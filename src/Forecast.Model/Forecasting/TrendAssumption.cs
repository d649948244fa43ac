namespace Forecast.Model.Forecasting;

/// <summary>
/// A scenario's stated trend for an indicator (optionally in one jurisdiction and below), in the unit of the analyst's
/// table: %/yr for levels, pp/yr for shares in %, the indicator's unit a year for flows. It replaces the fitted trend
/// and the forecast says it rests on an assumption.
/// </summary>
public sealed record TrendAssumption(string Indicator, string? Jurisdiction, double Rate);
