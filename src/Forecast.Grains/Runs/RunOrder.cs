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
    [property: Id(4)] string? ModelRevision)
{
    [NonSerialized]
    private string? _instanceKey;

    /// <summary>The hash of what the run read (model revision, catalog, observations): with the run id, it names the run's inputs on any silo.</summary>
    [Id(5)]
    public string? InputsHash { get; init; }

    /// <summary>
    /// Names this run's inputs whichever silo the order reached: the run id and <see cref="InputsHash"/>. An order
    /// stored without the hash is known only by its instance.
    /// </summary>
    public string Key => InputsHash is { } hash ? $"{RunId}/{hash}" : _instanceKey ??= $"{RunId}/instance/{Guid.NewGuid():N}";
}
