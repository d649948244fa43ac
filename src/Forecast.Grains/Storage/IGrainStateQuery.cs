namespace Forecast.Grains.Storage;

/// <summary>
/// Reads many grains' states of one state name in one go, where the grain storage can: one query in PostgreSQL, one
/// call per bucket in memory. A run's snapshot reads every pair of a jurisdiction; one storage read per pair made the
/// snapshot of a national catalog hundreds of thousands of round trips. Registered under the storage's name, or
/// implemented by the storage itself; where neither, callers read grain by grain.
/// </summary>
public interface IGrainStateQuery
{
    /// <summary>The stored states of those of <paramref name="grains"/> that have one, as the storage's own read gives them; a grain with none is absent.</summary>
    Task<IReadOnlyDictionary<GrainId, T>> ReadMany<T>(string stateName, IReadOnlyCollection<GrainId> grains);
}
