namespace Forecast.Contracts;

/// <summary>
/// A completed run as its run grain keeps it: what makes it reproducible and the jurisdictions it covered, top-down.
/// Each jurisdiction keeps its own part (<see cref="IJurisdictionGrain.GetRunPart"/>): no grain holds every pair of a run.
/// </summary>
/// <param name="Jurisdictions">Every jurisdiction in scope, top-down (each scope root's subtree in turn).</param>
[GenerateSerializer, Immutable, Alias("forecast.RunOutline")]
public sealed record RunOutline(
    [property: Id(0)] string RunId,
    [property: Id(1)] Scenario Scenario,
    [property: Id(2)] string ContentHash,
    [property: Id(3)] string CatalogHash,
    [property: Id(4)] DateTimeOffset StartedAt,
    [property: Id(5)] DateTimeOffset CompletedAt,
    [property: Id(6)] string? ModelRevision,
    [property: Id(7)] IReadOnlyList<string> Jurisdictions);
