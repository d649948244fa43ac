namespace Forecast.Model.Forecasting;

/// <summary>What a scenario sets for the model, beyond the random seed and path count.</summary>
/// <param name="AsOfYear">Points after it are ignored; a target year at or before it with no figure is a nowcast.</param>
public sealed record ForecastSettings(int AsOfYear)
{
    public FlagThresholds Thresholds { get; init; } = FlagThresholds.Default;

    public IReadOnlyList<ScenarioShock> Shocks { get; init; } = [];

    public IReadOnlyList<TrendAssumption> Trends { get; init; } = [];
}
