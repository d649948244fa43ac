using Forecast.Catalog;

namespace Forecast.Model.Forecasting;

/// <summary>What was fitted for a pair, and on what it rests.</summary>
/// <param name="Drift">The yearly movement in the method's space: Δln value, Δlogit, Δvalue, the log pace, or ln(1 + g).</param>
/// <param name="Spread">The standard deviation of the pair's own yearly draw, in the same space.</param>
/// <param name="SpreadFromData">True where the yearly spread was estimated from three or more points; false where it is the priors' assumption.</param>
/// <param name="Start">The latest point, from which the paths set out.</param>
/// <param name="Points">The points the trend was fitted on (for a pooled trend, the pair's own points).</param>
/// <param name="Description">What was fitted and the evidence it rests on, in planners' words (English).</param>
/// <param name="DescriptionZh">The same in Chinese.</param>
public sealed record TrajectoryFit(
    TrajectoryMethod Method,
    ForecastBasis Basis,
    double Drift,
    double Spread,
    bool SpreadFromData,
    DataPoint Start,
    IReadOnlyList<DataPoint> Points,
    string Description,
    string DescriptionZh);
