namespace Forecast.Grains.Pairs;

/// <summary>
/// What a bulk import asks of a pair grain, beside the public contract: its stored observations with their version,
/// then an append only if nothing changed since, and, should another pair of the same import fail, the way back.
/// </summary>
[Alias("forecast.IPairImport")]
public interface IPairImport : IGrainWithStringKey
{
    /// <summary>What the pair stored (not the catalog's figures), with its version.</summary>
    [Alias("GetStored")]
    Task<VersionedObservations> GetStored();

    /// <summary>Appends the figures if the stored version is still <paramref name="expectedVersion"/>; the new version, or null if it changed.</summary>
    [Alias("Append")]
    Task<int?> Append(int expectedVersion, IReadOnlyList<Forecast.Contracts.ObservationView> figures);

    /// <summary>Puts back <paramref name="previous"/> if the stored version is still <paramref name="appendedVersion"/> (the import's own append); false otherwise.</summary>
    [Alias("Restore")]
    Task<bool> Restore(int appendedVersion, IReadOnlyList<Forecast.Contracts.ObservationView> previous);
}
