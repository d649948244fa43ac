namespace Forecast.Contracts;

/// <summary>A value a user records for a pair: what was achieved in a year, where it was read, and who recorded it.</summary>
/// <param name="Source">Where the value was read (a statistical bulletin, a report), so others can check it.</param>
[GenerateSerializer, Immutable, Alias("forecast.ObservationInput")]
public sealed record ObservationInput(
    [property: Id(0)] int Year,
    [property: Id(1)] double Value,
    [property: Id(2)] string Source,
    [property: Id(3)] string RecordedBy);
