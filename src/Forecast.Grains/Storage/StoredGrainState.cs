namespace Forecast.Grains.Storage;

/// <summary>
/// A state as <see cref="IMemoryStateGrain"/> holds it: a private copy, which nobody mutates (readers copy it
/// again), and the ETag of its write.
/// </summary>
[GenerateSerializer, Immutable, Alias("forecast.StoredGrainState")]
public sealed record StoredGrainState([property: Id(0)] object State, [property: Id(1)] string ETag);
