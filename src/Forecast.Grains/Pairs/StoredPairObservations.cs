using Forecast.Grains.Runs;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Forecast.Grains.Pairs;

/// <summary>
/// Reads pairs' observations as their grains stored them, without activating the pairs. A run's snapshot needs every
/// pair's observations, and asking each pair grain cost, per pair, an activation (a grain directory entry, often on
/// another silo, and a message there and back) on top of the one storage read it comes down to; on a national
/// catalog, hundreds of thousands of activations held in memory for nothing. Storage is as current as the grain for
/// this: a pair writes an observation before it acknowledges it, then tells its jurisdiction, whose copy keeps the
/// higher version of the two.
/// </summary>
public sealed class StoredPairObservations(IServiceProvider services, IGrainFactory grains, ILogger<StoredPairObservations> logger)
{
    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);

    /// <summary>
    /// Where the storage reads many states at once (<see cref="IGrainStateQuery"/>): by the storage itself, else by a
    /// query registered under its name (PostgreSQL's, beside Orleans' ADO.NET storage).
    /// </summary>
    private IGrainStateQuery? Query => _storage as IGrainStateQuery ?? services.GetKeyedService<IGrainStateQuery>(ForecastStorage.Name);

    /// <exception cref="PairStorageException">The storage could not be read.</exception>
    public async Task<VersionedObservations> Read(string pair)
    {
        var state = new GrainState<IndicatorState>(new IndicatorState());
        try
        {
            await _storage.ReadStateAsync(IndicatorGrain.StateName, Id(pair), state);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Pair {Pair}: reading its stored observations failed", pair);
            throw new PairStorageException(pair, "reading its stored observations", e);
        }

        return Versioned(state.State);
    }

    /// <summary>
    /// Every one of <paramref name="pairs"/>' stored observations, as <see cref="Read"/> gives each: in one read where
    /// the storage can (<see cref="IGrainStateQuery"/>), else pair by pair, at most <see cref="PairsReadAtOnce"/> at a time.
    /// </summary>
    /// <exception cref="PairStorageException">The storage could not be read.</exception>
    public async Task<IReadOnlyDictionary<string, VersionedObservations>> ReadMany(IReadOnlyList<string> pairs)
    {
        var read = new Dictionary<string, VersionedObservations>(pairs.Count, StringComparer.Ordinal);
        if (pairs.Count == 0)
            return read;
        if (Query is not { } query)
        {
            var each = await Bounded.Select(pairs, PairsReadAtOnce, Read);
            for (var i = 0; i < pairs.Count; i++)
                read[pairs[i]] = each[i];
            return read;
        }

        var ids = pairs.ToDictionary(Id, pair => pair);
        IReadOnlyDictionary<GrainId, IndicatorState> stored;
        try
        {
            stored = await query.ReadMany<IndicatorState>(IndicatorGrain.StateName, ids.Keys);
        }
        catch (Exception e)
        {
            var named = pairs.Count == 1 ? pairs[0] : $"{pairs[0]} and {pairs.Count - 1} other pairs";
            logger.LogError(e, "Pairs {Pairs}: reading their stored observations failed", named);
            throw new PairStorageException(named, "reading their stored observations", e);
        }

        foreach (var (id, pair) in ids)
            read[pair] = Versioned(stored.GetValueOrDefault(id));
        return read;
    }

    /// <summary>Pairs whose stored observations are read at once where the storage reads them one by one.</summary>
    public const int PairsReadAtOnce = 8;

    private GrainId Id(string pair) => grains.GetGrain<IPairSeeding>(pair).GetGrainId();

    private static VersionedObservations Versioned(IndicatorState? stored) =>
        stored is not null ? new VersionedObservations(stored.Version, stored.Observations.ToList()) : new VersionedObservations(0, []);
}
