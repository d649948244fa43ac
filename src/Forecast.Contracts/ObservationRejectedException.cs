namespace Forecast.Contracts;

/// <summary>An observation that fails validation; nothing was stored.</summary>
/// <param name="field">The input's field at fault ("value", "year", "source", "recordedBy"), or "pair".</param>
[GenerateSerializer, Alias("forecast.ObservationRejectedException")]
public sealed class ObservationRejectedException(string field, string message) : Exception(message)
{
    [Id(0)]
    public string Field { get; } = field;
}
