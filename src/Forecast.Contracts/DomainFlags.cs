namespace Forecast.Contracts;

/// <summary>The lights of one domain's targets (employment, health, …).</summary>
[GenerateSerializer, Immutable, Alias("forecast.DomainFlags")]
public sealed record DomainFlags(
    [property: Id(0)] string Domain,
    [property: Id(1)] FlagCounts Flags);
