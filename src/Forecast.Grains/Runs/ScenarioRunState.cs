using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// A run as stored once it ends: its result with the pairs' forecasts apart and without their definitions (no paths
/// either: hit bitsets never leave the jurisdictions), and what it read.
/// </summary>
[GenerateSerializer, Alias("forecast.ScenarioRunState")]
public sealed class ScenarioRunState
{
    [Id(0)]
    public RunState State { get; set; } = RunState.NotStarted;

    /// <summary>The catalog's hash and a hash of every observation the run read: a change to either means a new run.</summary>
    [Id(1)]
    public string? InputsHash { get; set; }

    /// <summary>The result with <see cref="RunResult.Pairs"/> empty; the pairs are in <see cref="Pairs"/>.</summary>
    [Id(2)]
    public RunResult? Result { get; set; }

    [Id(3)]
    public string? Error { get; set; }

    [Id(4)]
    public int PairsTotal { get; set; }

    [Id(5)]
    public List<StoredPairForecast> Pairs { get; set; } = [];
}
