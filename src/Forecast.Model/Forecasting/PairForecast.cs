using Forecast.Catalog;
using Forecast.Model.Growth;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>One target's forecast: how likely it is met, by how much it may fall short, and why.</summary>
/// <param name="Goal">The figure forecast: the pair's target, or, where it has none, its latest commitment.</param>
/// <param name="Fit">What was fitted; null with basis none or where the figures already settle the target.</param>
/// <param name="Nowcast">The goal year is at or before the as-of year and has no figure: the forecast estimates the past.</param>
/// <param name="Simulation">The paths' verdict; null with basis none (no probability is given). A settled goal's paths all hold its recorded outcome, which rollups add as fact.</param>
/// <param name="RiskFactor">The factor or shock named by <paramref name="Risk"/>, where it names one.</param>
public sealed record PairForecast(
    PairId Pair,
    Indicator Indicator,
    Figure Goal,
    GrowthRow Growth,
    TrajectoryFit? Fit,
    ForecastBasis Basis,
    bool Nowcast,
    SimulatedPair? Simulation,
    ForecastFlag Flag,
    RiskSource Risk,
    string? RiskFactor,
    Reason Reason)
{
    /// <summary>Null with basis none, and where the goal is settled: a recorded outcome is a fact, not a probability.</summary>
    public double? PMeet => Outcome is null ? Simulation?.PMeet : null;

    /// <summary>The recorded figure that settles the goal (met or missed), with its source; null while the goal is forecast.</summary>
    public DataPoint? Outcome { get; init; }

    /// <summary>Settled: met or missed by a recorded figure, not forecast.</summary>
    public bool Settled => Outcome is not null;

    /// <summary>Why the light is the kinder one (P(meet) within its Monte Carlo error of a threshold, or the plan exactly on the line).</summary>
    public Borderline Borderline { get; init; }

    /// <summary>The goal year's value on the plan's own path (every draw at zero), in the unit; null where settled or not simulated.</summary>
    public double? CentreValue { get; init; }

    /// <summary>What it takes to be on track (P(meet) at the scenario's on-track line); null where nothing is forecast (settled, insufficient data) or not asked for.</summary>
    public RequiredPace? WhatItTakes { get; init; }
}
