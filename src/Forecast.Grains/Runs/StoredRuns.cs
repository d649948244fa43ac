using Forecast.Contracts;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Forecast.Grains.Runs;

/// <summary>
/// Reads a run as its grain stored it, from the grain storage, without a call to the run grain: a jurisdiction that
/// waited on the run grain, which is itself waiting on the jurisdictions, could wait for its own run when that grain
/// is deactivating after a silo loss (see <see cref="IRunReports.ReportDone"/>).
/// </summary>
public sealed class StoredRuns(IServiceProvider services, IGrainFactory grains)
{
    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);

    /// <summary>The run's stored state; a run never stored reads as not started.</summary>
    public async Task<ScenarioRunState> Read(string runId)
    {
        var state = new GrainState<ScenarioRunState>(new ScenarioRunState());
        await _storage.ReadStateAsync(ScenarioRunGrain.StateName, grains.GetGrain<IScenarioRunGrain>(runId).GetGrainId(), state);
        return state.State ?? new ScenarioRunState();
    }

    /// <summary>The snapshot the run stored for <paramref name="order"/>.</summary>
    /// <exception cref="InvalidOperationException">The stored run holds another snapshot, or none: it was started again, or forgotten, since the order was given.</exception>
    public async Task<RunSnapshot> SnapshotOf(RunOrder order)
    {
        var stored = await Read(order.RunId);
        return stored.Snapshot is { } snapshot && snapshot.InputsHash == order.InputsHash
            ? snapshot
            : throw new InvalidOperationException($"Run {order.RunId}: the stored run holds {(stored.Snapshot is null ? "no snapshot" : "another snapshot")} than this order's ({order.InputsHash[..12]}); it was started again or forgotten meanwhile.");
    }
}
