namespace Forecast.Model.Calibration;

/// <summary>A probability given before the outcome, and the outcome.</summary>
public readonly record struct ScoredForecast(double P, bool Met);
