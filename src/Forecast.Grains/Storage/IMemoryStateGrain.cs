using Orleans.Concurrency;

namespace Forecast.Grains.Storage;

/// <summary>
/// One bucket of <see cref="CopyingMemoryGrainStorage"/>: the states of the grains whose ids hash to it, as objects.
/// Within a silo the states pass by reference (<see cref="Immutable{T}"/>); between silos Orleans serializes them.
/// </summary>
[Alias("forecast.IMemoryStateGrain")]
public interface IMemoryStateGrain : IGrainWithIntegerKey
{
    [Alias("Read")]
    Task<StoredGrainState?> Read(string key);

    /// <summary>The states stored under <paramref name="keys"/>, in their order; null where none.</summary>
    [Alias("ReadMany")]
    Task<IReadOnlyList<StoredGrainState?>> ReadMany(IReadOnlyList<string> keys);

    /// <summary>
    /// Stores <paramref name="state"/> if the stored ETag is <paramref name="expectedETag"/>. Returns the ETag stored
    /// afterwards: the new one, or on a conflict the one that stayed (nothing is written). A conflict is answered, not
    /// thrown, since Orleans deactivates a grain that throws <see cref="InconsistentStateException"/>, and this one
    /// holds other grains' states.
    /// </summary>
    [Alias("Write")]
    Task<StorageAnswer> Write(string key, Immutable<object> state, string? expectedETag);

    /// <summary>Removes the state if the stored ETag is <paramref name="expectedETag"/>; answers as <see cref="Write"/>.</summary>
    [Alias("Clear")]
    Task<StorageAnswer> Clear(string key, string? expectedETag);
}
