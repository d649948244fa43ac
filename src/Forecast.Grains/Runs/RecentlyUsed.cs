namespace Forecast.Grains.Runs;

/// <summary>
/// A few values by key, the most recently used first; past <c>capacity</c> the least recently used goes. Small on
/// purpose (a handful of runs), so a list walked under a lock is all it needs.
/// </summary>
internal sealed class RecentlyUsed<TValue>(int capacity)
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(string Key, TValue Value)> _items = [];

    /// <summary>The value kept for <paramref name="key"/>, else <paramref name="create"/>'s (called under the lock: make it cheap, a Lazy or a Task).</summary>
    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        lock (_gate)
        {
            var node = _items.First;
            while (node is not null && node.Value.Key != key)
                node = node.Next;
            if (node is null)
            {
                node = _items.AddFirst((key, create()));
                if (_items.Count > capacity)
                    _items.RemoveLast();
            }
            else if (node != _items.First)
            {
                _items.Remove(node);
                _items.AddFirst(node);
            }

            return node.Value.Value;
        }
    }

    /// <summary>Forgets <paramref name="value"/> under <paramref name="key"/>, unless another has replaced it since.</summary>
    public void Remove(string key, TValue value)
    {
        lock (_gate)
        {
            for (var node = _items.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key && ReferenceEquals(node.Value.Value, value))
                {
                    _items.Remove(node);
                    return;
                }
            }
        }
    }
}
