namespace Forecast.Contracts;

/// <summary>A factor loading for a what-if: the pair's β on a common factor of the scenario ("economy"); 0 removes it.</summary>
[GenerateSerializer, Immutable, Alias("forecast.WhatIfLoading")]
public sealed record WhatIfLoading(
    [property: Id(0)] string Factor,
    [property: Id(1)] double Beta);
