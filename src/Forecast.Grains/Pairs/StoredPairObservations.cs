using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Forecast.Grains.Pairs;

/// <summary>
/// Reads a pair's observations as its grain stored them, without activating the pair. A run's snapshot needs every
/// pair's observations, and asking each pair grain cost, per pair, an activation (a grain directory entry, often on
/// another silo, and a message there and back) on top of the one storage read it comes down to; on a national
/// catalog, hundreds of thousands of activations held in memory for nothing. Storage is as current as the grain for
/// this: a pair writes an observation before it acknowledges it, then tells its jurisdiction, whose copy keeps the
/// higher version of the two.
/// </summary>
public sealed class StoredPairObservations(IServiceProvider services, IGrainFactory grains, ILogger<StoredPairObservations> logger)
{
    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);

    /// <exception cref="PairStorageException">The storage could not be read.</exception>
    public async Task<VersionedObservations> Read(string pair)
    {
        var state = new GrainState<IndicatorState>(new IndicatorState());
        try
        {
            await _storage.ReadStateAsync(IndicatorGrain.StateName, grains.GetGrain<IPairSeeding>(pair).GetGrainId(), state);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Pair {Pair}: reading its stored observations failed", pair);
            throw new PairStorageException(pair, "reading its stored observations", e);
        }

        return state.State is { } stored ? new VersionedObservations(stored.Version, stored.Observations.ToList()) : new VersionedObservations(0, []);
    }
}
