namespace Forecast.Grains.Runs;

/// <summary>
/// A run's snapshot as stored (<see cref="StoredRuns.SnapshotStateName"/>): a row of its own beside the run's state, so
/// that activating the run grain (a progress poll, an outline read) does not load every observation, and the run's
/// several state writes do not carry them.
/// </summary>
[GenerateSerializer, Alias("forecast.StoredRunSnapshot")]
public sealed class StoredRunSnapshot
{
    [Id(0)]
    public RunSnapshot? Snapshot { get; set; }
}
