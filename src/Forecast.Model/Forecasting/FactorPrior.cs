namespace Forecast.Model.Forecasting;

/// <summary>A common factor as the priors describe it: its yearly spread and how strongly each domain loads on it.</summary>
/// <param name="Loadings">Domain (or indicator id) → β; an indicator id takes precedence over its domain.</param>
public sealed record FactorPrior(string Name, double Spread, IReadOnlyDictionary<string, double> Loadings);
