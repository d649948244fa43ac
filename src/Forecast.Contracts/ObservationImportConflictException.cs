namespace Forecast.Contracts;

/// <summary>A pair's observations changed while a bulk import was being recorded; the import recorded nothing and may be sent again.</summary>
[GenerateSerializer, Alias("forecast.ObservationImportConflictException")]
public sealed class ObservationImportConflictException(string pair)
    : Exception($"{pair} changed while the import was being recorded; nothing was recorded: send it again")
{
    [Id(0)]
    public string Pair { get; } = pair;
}
