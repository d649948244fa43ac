namespace Forecast.Contracts;

/// <summary>An accepted observation, as stored.</summary>
[GenerateSerializer, Immutable, Alias("forecast.ObservationView")]
public sealed record ObservationView(
    [property: Id(0)] int Year,
    [property: Id(1)] double Value,
    [property: Id(2)] string Source,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset RecordedAt);
