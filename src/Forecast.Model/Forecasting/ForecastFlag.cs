namespace Forecast.Model.Forecasting;

/// <summary>The traffic light of a target.</summary>
public enum ForecastFlag
{
    OnTrack,
    AtRisk,
    LikelyMissed,

    /// <summary>Basis none: no probability, counted apart in every rollup.</summary>
    InsufficientData,

    /// <summary>Settled: a final figure recorded for the goal's year (or a total that reached it early) meets it. No probability.</summary>
    Met,

    /// <summary>Settled: the goal's year has a final recorded figure that falls short. No probability.</summary>
    Missed,
}
