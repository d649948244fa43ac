namespace Forecast.Contracts;

/// <summary>Everything one run found, with what makes it reproducible.</summary>
/// <param name="RunId">The run's grain key: the scenario's content hash with the inputs it ran on.</param>
/// <param name="ContentHash">The scenario's <see cref="ScenarioHash"/>.</param>
/// <param name="CatalogHash">The catalog's content hash the run read.</param>
/// <param name="Pairs">Every pair in scope, in catalog order.</param>
/// <param name="Rollups">Every jurisdiction in scope, top-down.</param>
/// <param name="ModelRevision">The model revision that computed it: the same inputs give the same figures only under the same revision. Null for a run stored before revisions were recorded.</param>
[GenerateSerializer, Immutable, Alias("forecast.RunResult")]
public sealed record RunResult(
    [property: Id(0)] string RunId,
    [property: Id(1)] Scenario Scenario,
    [property: Id(2)] string ContentHash,
    [property: Id(3)] string CatalogHash,
    [property: Id(4)] DateTimeOffset StartedAt,
    [property: Id(5)] DateTimeOffset CompletedAt,
    [property: Id(6)] IReadOnlyList<PairForecastView> Pairs,
    [property: Id(7)] IReadOnlyList<RollupView> Rollups,
    [property: Id(8)] IReadOnlyList<PairFailure> Failures,
    [property: Id(9)] string? ModelRevision);
