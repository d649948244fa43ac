using Forecast.Contracts;

namespace Forecast.Grains.Pairs;

/// <summary>A pair's observations with a version that grows with every accepted one, so a cache keeps the newer of two copies.</summary>
[GenerateSerializer, Immutable, Alias("forecast.VersionedObservations")]
public sealed record VersionedObservations(
    [property: Id(0)] int Version,
    [property: Id(1)] IReadOnlyList<ObservationView> Observations);
