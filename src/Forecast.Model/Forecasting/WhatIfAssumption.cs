namespace Forecast.Model.Forecasting;

/// <summary>
/// A planner's "what if" on one pair, over the scenario's own assumptions: another steady pace, a wider or narrower
/// spread, other factor loadings. Null leaves the scenario's.
/// </summary>
/// <param name="Pace">The pace a year in the pair's <see cref="PaceMeasure"/> (as what it takes states it), from the first drawn year.</param>
/// <param name="SpreadScale">Multiplies the pair's own spread, yearly and persistent (1 keeps it, 0 leaves the factors alone).</param>
/// <param name="Loadings">Factor name → β, replacing or adding the pair's loading on that factor (0 removes it).</param>
public sealed record WhatIfAssumption(double? Pace = null, double? SpreadScale = null, IReadOnlyDictionary<string, double>? Loadings = null);
