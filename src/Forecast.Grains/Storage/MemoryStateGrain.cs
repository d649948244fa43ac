using Orleans.Concurrency;

namespace Forecast.Grains.Storage;

/// <summary>
/// Holds its bucket for the life of the silo process: kept alive, since a collected bucket would lose every state
/// in it.
/// </summary>
[KeepAlive]
public sealed class MemoryStateGrain : Grain, IMemoryStateGrain
{
    private readonly Dictionary<string, StoredGrainState> _states = new(StringComparer.Ordinal);
    private long _writes;

    public Task<StoredGrainState?> Read(string key) => Task.FromResult(_states.GetValueOrDefault(key));

    public Task<IReadOnlyList<StoredGrainState?>> ReadMany(IReadOnlyList<string> keys) =>
        Task.FromResult<IReadOnlyList<StoredGrainState?>>(keys.Select(k => _states.GetValueOrDefault(k)).ToList());

    public Task<StorageAnswer> Write(string key, Immutable<object> state, string? expectedETag)
    {
        if (Conflict(key, expectedETag) is { } conflict)
            return Task.FromResult(conflict);
        var etag = (++_writes).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _states[key] = new StoredGrainState(state.Value, etag);
        return Task.FromResult(new StorageAnswer(true, etag));
    }

    public Task<StorageAnswer> Clear(string key, string? expectedETag)
    {
        if (Conflict(key, expectedETag) is { } conflict)
            return Task.FromResult(conflict);
        _states.Remove(key);
        return Task.FromResult(new StorageAnswer(true, null));
    }

    private StorageAnswer? Conflict(string key, string? expectedETag)
    {
        var stored = _states.GetValueOrDefault(key)?.ETag;
        return stored == expectedETag ? null : new StorageAnswer(false, stored);
    }
}
