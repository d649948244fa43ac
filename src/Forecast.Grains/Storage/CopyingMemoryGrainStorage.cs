using Orleans.Concurrency;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Storage;

/// <summary>
/// The embedded default's grain storage: in memory, like Orleans' MemoryGrainStorage, but keeping a deep copy of each
/// state made with Orleans' copier instead of its serialized bytes. The copier shares what is marked immutable, so
/// storing a run's result (half a megabyte of immutable records, which took longer to encode than the rollups took to
/// compute) costs a list copy, while a state the grain goes on mutating is still isolated from it. Nothing reads the
/// bytes of a memory store; PostgreSQL storage serializes as before.
/// </summary>
public sealed class CopyingMemoryGrainStorage(string name, IGrainFactory grains, DeepCopier copier) : IGrainStorage, IGrainStateQuery
{
    /// <summary>Buckets the states are spread over, each a grain, so no single grain serializes every storage call.</summary>
    public const int Buckets = 16;

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await Bucket(grainId).Read(Key(stateName, grainId));
        if (stored is null)
        {
            grainState.RecordExists = false;
            grainState.ETag = null;
            return;
        }

        grainState.State = copier.Copy((T)stored.State);
        grainState.ETag = stored.ETag;
        grainState.RecordExists = true;
    }

    /// <summary>One call per bucket the grains hash to, each copy made as <see cref="ReadStateAsync{T}"/> makes it.</summary>
    public async Task<IReadOnlyDictionary<GrainId, T>> ReadMany<T>(string stateName, IReadOnlyCollection<GrainId> grainIds)
    {
        var buckets = grainIds.GroupBy(g => g.GetUniformHashCode() % Buckets).Select(async bucket =>
        {
            var ids = bucket.ToList();
            var stored = await grains.GetGrain<IMemoryStateGrain>((long)bucket.Key).ReadMany(ids.Select(g => Key(stateName, g)).ToList());
            return ids.Zip(stored);
        });
        var states = new Dictionary<GrainId, T>();
        foreach (var bucket in await Task.WhenAll(buckets))
        {
            foreach (var (grainId, stored) in bucket)
            {
                if (stored is not null)
                    states[grainId] = copier.Copy((T)stored.State);
            }
        }

        return states;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var copy = copier.Copy(grainState.State)!;
        var answer = await Bucket(grainId).Write(Key(stateName, grainId), new Immutable<object>(copy), grainState.ETag);
        ThrowIfConflict(answer, "write", stateName, grainId, grainState.ETag);
        grainState.ETag = answer.ETag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var answer = await Bucket(grainId).Clear(Key(stateName, grainId), grainState.ETag);
        ThrowIfConflict(answer, "clear", stateName, grainId, grainState.ETag);
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>Thrown here, in the writing grain, so that Orleans deactivates the stale activation and not the bucket.</summary>
    private void ThrowIfConflict(StorageAnswer answer, string operation, string stateName, GrainId grainId, string? expected)
    {
        if (!answer.Done)
            throw new InconsistentStateException($"{name} storage: cannot {operation} state '{stateName}' of {grainId}: another activation wrote it since (stored ETag {answer.ETag ?? "none"}, this one's {expected ?? "none"})", answer.ETag ?? "", expected ?? "");
    }

    private IMemoryStateGrain Bucket(GrainId grainId) => grains.GetGrain<IMemoryStateGrain>((long)(grainId.GetUniformHashCode() % Buckets));

    private string Key(string stateName, GrainId grainId) => $"{name}/{grainId}/{stateName}";
}
