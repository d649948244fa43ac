namespace Forecast.Contracts;

/// <summary>How strongly a domain or an indicator moves with a factor: β times the factor's yearly draw.</summary>
/// <param name="Target">A domain ("employment") or an indicator id ("new-urban-jobs").</param>
[GenerateSerializer, Immutable, Alias("forecast.FactorLoadingSpec")]
public sealed record FactorLoadingSpec(
    [property: Id(0)] string Target,
    [property: Id(1)] double Beta);
