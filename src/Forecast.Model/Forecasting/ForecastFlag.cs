namespace Forecast.Model.Forecasting;

/// <summary>The traffic light of a target.</summary>
public enum ForecastFlag
{
    OnTrack,
    AtRisk,
    LikelyMissed,

    /// <summary>Basis none: no probability, counted apart in every rollup.</summary>
    InsufficientData,
}
