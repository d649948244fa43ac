using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// A run as stored: while it runs, its order (so an activation on another silo resumes it after the first dies);
/// once it ends, its outline (each jurisdiction stores its own part of the result, <see cref="RunParts"/>) and the hash
/// of what it read. The observations it read are stored beside it (<see cref="StoredRuns.StoreSnapshot"/>).
/// </summary>
[GenerateSerializer, Alias("forecast.ScenarioRunState")]
public sealed class ScenarioRunState
{
    [Id(0)]
    public RunState State { get; set; } = RunState.NotStarted;

    /// <summary>
    /// Of the stored <see cref="Outline"/>: the model revision, the catalog's hash and a hash of every observation the
    /// run read; a change to any means a new run.
    /// </summary>
    [Id(1)]
    public string? InputsHash { get; set; }


    [Id(3)]
    public string? Error { get; set; }

    [Id(4)]
    public int PairsTotal { get; set; }

    /// <summary>The completed run's outline. A run stored whole (before results were kept per jurisdiction) has none and runs again.</summary>
    [Id(7)]
    public RunOutline? Outline { get; set; }

    /// <summary>
    /// While <see cref="State"/> is Running: what the run was started with (its snapshot is stored beside it). A
    /// previous result of the same content (read before an observation changed) stays in <see cref="Outline"/>
    /// meanwhile, so pollers keep seeing it until the new one is stored.
    /// </summary>
    [Id(6)]
    public RunOrder? Order { get; set; }

    /// <summary>
    /// While <see cref="State"/> is Running and before the snapshot is taken (<see cref="Order"/> is null): the scenario
    /// started, so an activation on another silo takes the snapshot again after the first dies.
    /// </summary>
    [Id(8)]
    public Scenario? Snapshotting { get; set; }

    /// <summary>A completed run as stored: its outline; the jurisdictions hold the rest.</summary>
    public static ScenarioRunState Completed(RunOutline outline, string inputsHash, int pairsTotal) => new()
    {
        State = RunState.Completed,
        InputsHash = inputsHash,
        Outline = outline,
        PairsTotal = pairsTotal,
    };
}
