namespace Forecast.Model.Forecasting;

/// <summary>Where P(meet) turns a light amber and red; a scenario may set its own.</summary>
public sealed record FlagThresholds(double LikelyMissedBelow = 0.5, double AtRiskBelow = 0.8)
{
    public static FlagThresholds Default { get; } = new();

    public ForecastFlag Classify(double pMeet) =>
        pMeet < LikelyMissedBelow ? ForecastFlag.LikelyMissed : pMeet < AtRiskBelow ? ForecastFlag.AtRisk : ForecastFlag.OnTrack;
}
