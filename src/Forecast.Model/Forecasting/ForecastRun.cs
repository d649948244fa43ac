namespace Forecast.Model.Forecasting;

/// <summary>Every target's forecast in one run, with what makes the run reproducible.</summary>
public sealed record ForecastRun(ulong Seed, int Paths, int AsOfYear, IReadOnlyList<PairForecast> Pairs);
