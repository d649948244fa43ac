using Forecast.Contracts;

namespace Forecast.Grains.Pairs;

/// <summary>What a pair stores: the observations users recorded, and which catalog definition it last saw.</summary>
[GenerateSerializer, Alias("forecast.IndicatorState")]
public sealed class IndicatorState
{
    /// <summary>The content hash of the definition the pair was last seeded with; a different one means the catalog changed.</summary>
    [Id(0)]
    public string? DefinitionHash { get; set; }

    /// <summary>
    /// What was recorded on the server, oldest year first: values from the single-value endpoint (one per year, a later
    /// one corrects the earlier) and published figures from the bulk endpoint (never replaced: a superseding figure is
    /// added beside the one it names). The catalog's own published figures are not stored: every silo loads them.
    /// </summary>
    [Id(1)]
    public List<ObservationView> Observations { get; set; } = [];

    [Id(2)]
    public DateTimeOffset? SeededAt { get; set; }

    /// <summary>Grows by one with every accepted observation.</summary>
    [Id(3)]
    public int Version { get; set; }
}
