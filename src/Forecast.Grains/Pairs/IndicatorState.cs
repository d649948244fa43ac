using Forecast.Contracts;

namespace Forecast.Grains.Pairs;

/// <summary>What a pair stores: the observations users recorded, and which catalog definition it last saw.</summary>
[GenerateSerializer, Alias("forecast.IndicatorState")]
public sealed class IndicatorState
{
    /// <summary>The content hash of the definition the pair was last seeded with; a different one means the catalog changed.</summary>
    [Id(0)]
    public string? DefinitionHash { get; set; }

    /// <summary>Oldest year first, one per year (a later record for the same year corrects the earlier).</summary>
    [Id(1)]
    public List<ObservationView> Observations { get; set; } = [];

    [Id(2)]
    public DateTimeOffset? SeededAt { get; set; }

    /// <summary>Grows by one with every accepted observation.</summary>
    [Id(3)]
    public int Version { get; set; }
}
