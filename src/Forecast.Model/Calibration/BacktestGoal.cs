using Forecast.Catalog;
using Forecast.Model.Forecasting;

namespace Forecast.Model.Calibration;

/// <summary>One goal a backtest scores: what the forecast said at the cutoff, and what was recorded after it.</summary>
/// <param name="Basis">The rung of evidence the forecast stood on at the cutoff.</param>
/// <param name="P5">The cutoff run's 5th percentile for the outcome's year; null where the fan has no such year.</param>
/// <param name="CategoryP">The growth table's category at the cutoff, read as a probability (<see cref="SimpleRules.OfCategory"/>).</param>
public sealed record BacktestGoal(
    PairId Pair,
    Figure Goal,
    ForecastBasis Basis,
    double PMeet,
    bool Met,
    DataPoint Outcome,
    double? P5,
    double? P95,
    double CategoryP)
{
    /// <summary>The outcome fell inside the P5–P95 fan; null where the fan has no value for its year.</summary>
    public bool? InsideFan => P5 is { } low && P95 is { } high ? Outcome.Value >= low && Outcome.Value <= high : null;
}
