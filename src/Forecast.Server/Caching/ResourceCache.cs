using System.Collections.Concurrent;
using Forecast.Server.Api;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Caching;

/// <summary>
/// The serialized answers of GET endpoints, keyed by what they describe ("rollup/baseline/dandong"). A poller's
/// request costs a dictionary lookup and a byte copy; the grain is asked again only after
/// <see cref="ForecastApiOptions.RefreshAfter"/>, or at once after a write through this API drops the key. Concurrent
/// requests for a stale key share one load. A <c>null</c> answer (nothing there yet) is cached the same way.
/// </summary>
public sealed class ResourceCache(IOptions<ForecastApiOptions> options, TimeProvider time)
{
    /// <summary>Keys come from URLs; past this many the cache starts afresh rather than grow without bound.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly long _refreshTicks = (long)(options.Value.RefreshAfter.TotalSeconds * time.TimestampFrequency);

    public Task<CachedResource?> GetAsync(string key, Func<Task<CachedResource?>> load) =>
        GetAsync(key, load, static l => l());

    /// <summary>As <see cref="GetAsync(string, Func{Task{CachedResource}})"/>, with the loader's state passed in so a hit allocates no closure.</summary>
    public Task<CachedResource?> GetAsync<TState>(string key, TState state, Func<TState, Task<CachedResource?>> load)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (_entries.Count >= MaxEntries)
                _entries.Clear();
            entry = _entries.GetOrAdd(key, static _ => new Entry());
        }

        return entry.Get(state, load, time.GetTimestamp(), _refreshTicks);
    }

    /// <summary>Drops one key, so the next GET asks its grain.</summary>
    public void Invalidate(string key) => _entries.TryRemove(key, out _);

    /// <summary>Drops every key that starts with <paramref name="prefix"/> ("growth/").</summary>
    public void InvalidatePrefix(string prefix)
    {
        foreach (var key in _entries.Keys)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
                _entries.TryRemove(key, out _);
        }
    }

    private sealed class Entry
    {
        private readonly Lock _gate = new();
        private Task<CachedResource?>? _load;
        private long _loadedAt;

        public Task<CachedResource?> Get<TState>(TState state, Func<TState, Task<CachedResource?>> load, long now, long refreshTicks)
        {
            var current = Volatile.Read(ref _load);
            if (current is not null && Fresh(current, now, refreshTicks))
                return current;

            lock (_gate)
            {
                if (_load is not null && Fresh(_load, now, refreshTicks))
                    return _load;
                _loadedAt = now;
                _load = load(state);
                return _load;
            }
        }

        // A load still running is shared; a failed one is retried by the next request rather than served again.
        private bool Fresh(Task<CachedResource?> task, long now, long refreshTicks) =>
            !task.IsCompleted || (task.IsCompletedSuccessfully && now - Volatile.Read(ref _loadedAt) < refreshTicks);
    }
}
