namespace Forecast.Contracts;

/// <summary>A common factor (the economy, the fiscal position) as a scenario sets it.</summary>
/// <param name="Spread">The yearly standard deviation in log units; null keeps the priors'.</param>
/// <param name="Loadings">Per domain or indicator id (an indicator's loading wins over its domain's); they replace the priors' for the same key.</param>
[GenerateSerializer, Immutable, Alias("forecast.ScenarioFactor")]
public sealed record ScenarioFactor(
    [property: Id(0)] string Name,
    [property: Id(1)] double? Spread,
    [property: Id(2)] IReadOnlyList<FactorLoadingSpec> Loadings);
