using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>Grain storage whose writes fail for the grains a test names, and pass through to another storage otherwise.</summary>
internal sealed class FailingWrites(IGrainStorage inner, Func<GrainId, bool> fails) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        fails(grainId) ? throw new IOException($"the test's storage refuses to write {grainId}") : inner.WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
}
