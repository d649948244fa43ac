using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// A run as stored: while it runs, its order (so an activation on another silo resumes it after the first dies);
/// once it ends, its result with the pairs' forecasts apart and without their definitions (no paths either: hit
/// bitsets never leave the jurisdictions), and what it read.
/// </summary>
[GenerateSerializer, Alias("forecast.ScenarioRunState")]
public sealed class ScenarioRunState
{
    [Id(0)]
    public RunState State { get; set; } = RunState.NotStarted;

    /// <summary>
    /// Of the stored <see cref="Result"/>: the model revision, the catalog's hash and a hash of every observation the
    /// run read; a change to any means a new run.
    /// </summary>
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

    /// <summary>
    /// While <see cref="State"/> is Running: what the run was started with, observations snapshot included. A
    /// previous result of the same content (read before an observation changed) stays in <see cref="Result"/>
    /// meanwhile, so pollers keep seeing it until the new one is stored.
    /// </summary>
    [Id(6)]
    public RunOrder? Order { get; set; }

    /// <summary>
    /// A completed run as stored: <paramref name="result"/> with its pairs apart and without their definitions, which
    /// come back from the catalog when it is read.
    /// </summary>
    public static ScenarioRunState Completed(RunResult result, string inputsHash, int pairsTotal) => new()
    {
        State = RunState.Completed,
        InputsHash = inputsHash,
        Result = result with { Pairs = [] },
        Pairs = result.Pairs.Select(StoredPairForecast.From).ToList(),
        PairsTotal = pairsTotal,
    };
}
