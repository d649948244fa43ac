namespace Forecast.Grains.Storage;

/// <summary>What <see cref="IMemoryStateGrain"/> did with a write or a clear, and the ETag stored afterwards.</summary>
[GenerateSerializer, Immutable, Alias("forecast.StorageAnswer")]
public sealed record StorageAnswer([property: Id(0)] bool Done, [property: Id(1)] string? ETag);
