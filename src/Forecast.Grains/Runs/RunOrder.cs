using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// What every jurisdiction of a run is handed: the scenario and what it was validated against. The observations are
/// not in it: the run stores its snapshot once (<see cref="RunSnapshot"/>), and each silo reads it from there once per
/// run (<see cref="PreparedRuns"/>). Carried in the order, every pair's observations crossed to every jurisdiction on
/// another silo, thousands of times on a national run. Immutable: passed within a silo without a copy.
/// </summary>
/// <param name="CatalogHash">The catalog the run grain validated against; a silo with another refuses the run.</param>
/// <param name="ModelRevision">The model revision the run grain runs (<see cref="Forecast.Model.ModelRevision"/>); a silo with another refuses the run.</param>
/// <param name="InputsHash">The hash of what the run read (model revision, catalog, observations): with the run id, it names the run's inputs on any silo, and its stored snapshot.</param>
[GenerateSerializer, Immutable, Alias("forecast.RunOrder")]
public sealed record RunOrder(
    [property: Id(0)] string RunId,
    [property: Id(1)] Scenario Scenario,
    [property: Id(2)] string CatalogHash,
    [property: Id(4)] string? ModelRevision,
    [property: Id(5)] string InputsHash)
{
    /// <summary>Names this run's inputs whichever silo the order reached.</summary>
    public string Key => $"{RunId}/{InputsHash}";
}
