using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// What every jurisdiction of a run is handed: the scenario and a snapshot of every pair's observations taken when the
/// run started, so all of them forecast from the same data whichever silo they are on. Immutable: passed within a
/// silo without a copy.
/// </summary>
/// <param name="CatalogHash">The catalog the run grain validated against; a silo with another refuses the run.</param>
/// <param name="Observations">Pair → its observations, for every pair that has any (pooled trends read other jurisdictions' too).</param>
/// <param name="ModelRevision">The model revision the run grain runs (<see cref="Forecast.Model.ModelRevision"/>); a silo with another refuses the run. Null in an order stored before revisions were recorded.</param>
[GenerateSerializer, Immutable, Alias("forecast.RunOrder")]
public sealed record RunOrder(
    [property: Id(0)] string RunId,
    [property: Id(1)] Scenario Scenario,
    [property: Id(2)] string CatalogHash,
    [property: Id(3)] IReadOnlyDictionary<string, IReadOnlyList<ObservationView>> Observations,
    [property: Id(4)] string? ModelRevision);
