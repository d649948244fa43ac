using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>
/// Grain storage that outlives a cluster, as a database does: states are kept serialised in this object, so a second
/// cluster started on it finds what the first wrote. It counts writes, so a test can see that a step wrote nothing.
/// </summary>
public sealed class SharedStorage
{
    private readonly ConcurrentDictionary<string, (byte[] Data, string ETag)> _states = new();
    private int _writes;

    public int Writes => _writes;

    public IGrainStorage For(Serializer serializer) => new Provider(this, serializer);

    public T? Read<T>(Serializer serializer, string stateName, GrainId grain) =>
        _states.TryGetValue(Key(stateName, grain), out var stored) ? serializer.Deserialize<T>(stored.Data) : default;

    private static string Key(string stateName, GrainId grain) => $"{stateName}/{grain}";

    private sealed class Provider(SharedStorage shared, Serializer serializer) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (shared._states.TryGetValue(Key(stateName, grainId), out var stored))
            {
                grainState.State = serializer.Deserialize<T>(stored.Data);
                grainState.ETag = stored.ETag;
                grainState.RecordExists = true;
            }

            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var etag = Guid.NewGuid().ToString("N");
            shared._states[Key(stateName, grainId)] = (serializer.SerializeToArray(grainState.State), etag);
            Interlocked.Increment(ref shared._writes);
            grainState.ETag = etag;
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            shared._states.TryRemove(Key(stateName, grainId), out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }
    }
}
