using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Forecast.Grains.Runs;

/// <summary>
/// Where each jurisdiction keeps its part of a run: in the grain storage, under the jurisdiction grain's id and a
/// state named for the run (<c>run/{runId}</c>), so a part lives and is read where its jurisdiction stores, one row
/// per jurisdiction and run. A run is a pure function of its order, so a part written twice (a subtree asked again
/// after a silo loss) is written with the same content: the later write wins.
/// </summary>
public sealed class RunParts(IServiceProvider services, IGrainFactory grains)
{
    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);

    /// <summary>
    /// Parts a silo writes at once. A national run's thousands of jurisdictions finish close together, and their
    /// writes (a read and a write each) all at once exhausted the silo's connection pool (20) under load, which failed
    /// the run; the rest of the pool stays for snapshots, run state and membership.
    /// </summary>
    public const int WrittenAtOnce = 8;

    private readonly SemaphoreSlim _writing = new(WrittenAtOnce);

    public static string StateName(string runId) => "run/" + runId;

    public async Task Write(string runId, string jurisdiction, StoredRunPart part)
    {
        await _writing.WaitAsync();
        try
        {
            await WriteOver(runId, jurisdiction, part);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task WriteOver(string runId, string jurisdiction, StoredRunPart part)
    {
        var state = await ReadState(runId, jurisdiction);
        state.State = part;
        try
        {
            await _storage.WriteStateAsync(StateName(runId), Id(jurisdiction), state);
        }
        catch (InconsistentStateException)
        {
            // Another activation of the jurisdiction (during a silo loss) wrote the same part since: write over it.
            var again = await ReadState(runId, jurisdiction);
            again.State = part;
            await _storage.WriteStateAsync(StateName(runId), Id(jurisdiction), again);
        }
    }

    /// <summary>The part stored; null if none.</summary>
    public async Task<StoredRunPart?> Read(string runId, string jurisdiction)
    {
        var state = await ReadState(runId, jurisdiction);
        return state.RecordExists && state.State is { Rollup: not null } part ? part : null;
    }

    public async Task Clear(string runId, string jurisdiction)
    {
        var state = await ReadState(runId, jurisdiction);
        if (state.RecordExists)
            await _storage.ClearStateAsync(StateName(runId), Id(jurisdiction), state);
    }

    private async Task<GrainState<StoredRunPart>> ReadState(string runId, string jurisdiction)
    {
        var state = new GrainState<StoredRunPart>(new StoredRunPart());
        await _storage.ReadStateAsync(StateName(runId), Id(jurisdiction), state);
        state.State ??= new StoredRunPart();
        return state;
    }

    private GrainId Id(string jurisdiction) => grains.GetGrain<IJurisdictionRun>(jurisdiction).GetGrainId();
}
