namespace Forecast.Grains.Pairs;

/// <summary>Seeds a pair from the silo's catalog; used by the startup task, not by clients.</summary>
[Alias("forecast.IPairSeeding")]
public interface IPairSeeding : IGrainWithStringKey
{
    /// <summary>Records the catalog's definition hash if it changed; observations are kept. True when it changed.</summary>
    [Alias("Seed")]
    Task<bool> Seed();
}
