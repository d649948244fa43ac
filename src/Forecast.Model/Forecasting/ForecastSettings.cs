using Forecast.Catalog;

namespace Forecast.Model.Forecasting;

/// <summary>What a scenario sets for the model, beyond the random seed and path count.</summary>
/// <param name="AsOfYear">Points after it are ignored; a target year at or before it with no figure is a nowcast.</param>
public sealed record ForecastSettings(int AsOfYear)
{
    public FlagThresholds Thresholds { get; init; } = FlagThresholds.Default;

    public IReadOnlyList<ScenarioShock> Shocks { get; init; } = [];

    public IReadOnlyList<TrendAssumption> Trends { get; init; } = [];

    /// <summary>Trends stated for one pair only (not the jurisdiction's subtree), in the unit of <see cref="TrendAssumption.Rate"/>; they win over <see cref="Trends"/>.</summary>
    public IReadOnlyDictionary<PairId, double> PairTrends { get; init; } = new Dictionary<PairId, double>();

    /// <summary>The yearly spread stated for one pair, in its fit's space, in place of the data's or the priors'.</summary>
    public IReadOnlyDictionary<PairId, double> PairSpreads { get; init; } = new Dictionary<PairId, double>();

    /// <summary>The last goal year forecast; pairs judged on a later goal are left out. Null for every goal.</summary>
    public int? Horizon { get; init; }
}
