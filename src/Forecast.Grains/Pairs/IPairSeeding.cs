namespace Forecast.Grains.Pairs;

/// <summary>What the silo and the jurisdictions ask of a pair grain, beside the public contract.</summary>
[Alias("forecast.IPairSeeding")]
public interface IPairSeeding : IGrainWithStringKey
{
    /// <summary>Records the catalog's definition hash if it changed; observations are kept. True when it changed.</summary>
    [Alias("Seed")]
    Task<bool> Seed();
}
