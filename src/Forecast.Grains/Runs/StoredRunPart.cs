using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// What a jurisdiction stores of a run it computed: its own pairs' forecasts (without their definitions, which are
/// the catalog's), its pairs that failed, and the rollup of its subtree. One row a jurisdiction and run, beside the
/// jurisdiction's other state, so a national run's result is 3,000 rows of a hundred pairs rather than one of 300,000.
/// </summary>
[GenerateSerializer, Alias("forecast.StoredRunPart")]
public sealed class StoredRunPart
{
    [Id(0)]
    public List<StoredPairForecast> Pairs { get; set; } = [];

    [Id(1)]
    public List<PairFailure> Failures { get; set; } = [];

    [Id(2)]
    public RollupView? Rollup { get; set; }
}
