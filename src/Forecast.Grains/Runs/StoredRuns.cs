using Forecast.Contracts;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Forecast.Grains.Runs;

/// <summary>
/// Reads a run as its grain stored it, and its snapshot, from the grain storage, without a call to the run grain: a
/// jurisdiction that waited on the run grain, which is itself waiting on the jurisdictions, could wait for its own
/// run when that grain is deactivating after a silo loss (see <see cref="IRunReports.ReportDone"/>).
/// </summary>
public sealed class StoredRuns(IServiceProvider services, IGrainFactory grains)
{
    /// <summary>The state name of a run's snapshot, stored under the run grain's id beside its own state.</summary>
    public const string SnapshotStateName = "run-snapshot";

    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);

    /// <summary>The run's stored state; a run never stored reads as not started.</summary>
    public async Task<ScenarioRunState> Read(string runId)
    {
        var state = new GrainState<ScenarioRunState>(new ScenarioRunState());
        await _storage.ReadStateAsync(ScenarioRunGrain.StateName, Id(runId), state);
        return state.State ?? new ScenarioRunState();
    }

    /// <summary>The run's stored snapshot; null if none (never taken, forgotten, or stored before snapshots were kept apart).</summary>
    public async Task<RunSnapshot?> ReadSnapshot(string runId) => (await ReadSnapshotState(runId)).State?.Snapshot;

    /// <summary>The snapshot the run stored for <paramref name="order"/>.</summary>
    /// <exception cref="InvalidOperationException">The run holds another snapshot, or none: it was started again, or forgotten, since the order was given.</exception>
    public async Task<RunSnapshot> SnapshotOf(RunOrder order)
    {
        var stored = await ReadSnapshot(order.RunId);
        return stored is not null && stored.InputsHash == order.InputsHash
            ? stored
            : throw new InvalidOperationException($"Run {order.RunId}: the stored run holds {(stored is null ? "no snapshot" : "another snapshot")} than this order's ({order.InputsHash[..Math.Min(12, order.InputsHash.Length)]}); it was started again or forgotten meanwhile.");
    }

    /// <summary>Stores <paramref name="snapshot"/> as the run's, over any earlier one.</summary>
    public async Task StoreSnapshot(string runId, RunSnapshot snapshot)
    {
        var state = await ReadSnapshotState(runId);
        state.State = new StoredRunSnapshot { Snapshot = snapshot };
        try
        {
            await _storage.WriteStateAsync(SnapshotStateName, Id(runId), state);
        }
        catch (InconsistentStateException)
        {
            // Another activation of the run (during a silo loss) stored one since: a snapshot is named by its hash, so
            // the same one stands; another is written over, as this activation's order names this one.
            var again = await ReadSnapshotState(runId);
            if (again.State?.Snapshot?.InputsHash == snapshot.InputsHash)
                return;
            again.State = new StoredRunSnapshot { Snapshot = snapshot };
            await _storage.WriteStateAsync(SnapshotStateName, Id(runId), again);
        }
    }

    public async Task ClearSnapshot(string runId)
    {
        var state = await ReadSnapshotState(runId);
        if (state.RecordExists)
            await _storage.ClearStateAsync(SnapshotStateName, Id(runId), state);
    }

    private async Task<GrainState<StoredRunSnapshot>> ReadSnapshotState(string runId)
    {
        var state = new GrainState<StoredRunSnapshot>(new StoredRunSnapshot());
        await _storage.ReadStateAsync(SnapshotStateName, Id(runId), state);
        state.State ??= new StoredRunSnapshot();
        return state;
    }

    private GrainId Id(string runId) => grains.GetGrain<IScenarioRunGrain>(runId).GetGrainId();
}
