using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// Every pair's observations as a run read them when it started, stored once beside the run's state
/// (<see cref="StoredRuns.StoreSnapshot"/>) so that every silo forecasts from the same data: pooled trends read other
/// jurisdictions' pairs too, so each silo needs all of it, once.
/// </summary>
/// <param name="InputsHash">The hash of the model revision, the catalog and these observations (<see cref="RunOrder.InputsHash"/>).</param>
/// <param name="Observations">Pair → its observations, for every pair that has any.</param>
[GenerateSerializer, Immutable, Alias("forecast.RunSnapshot")]
public sealed record RunSnapshot(
    [property: Id(0)] string InputsHash,
    [property: Id(1)] IReadOnlyDictionary<string, IReadOnlyList<ObservationView>> Observations);
