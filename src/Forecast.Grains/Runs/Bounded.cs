namespace Forecast.Grains.Runs;

/// <summary>
/// Runs an asynchronous step over many items with at most a given number in flight, where starting them all at once
/// would flood what they share (a connection pool, a silo's activation of grains). The steps continue on the caller's
/// scheduler (a grain's, inside a grain), so a step may touch the grain's fields as any turn of it does.
/// </summary>
public static class Bounded
{
    /// <summary>Each item's result, in the items' order.</summary>
    public static async Task<TResult[]> Select<T, TResult>(IReadOnlyList<T> items, int atOnce, Func<T, Task<TResult>> step)
    {
        var results = new TResult[items.Count];
        await ForEach(Enumerable.Range(0, items.Count).ToList(), atOnce, async i => results[i] = await step(items[i]));
        return results;
    }

    public static async Task ForEach<T>(IReadOnlyList<T> items, int atOnce, Func<T, Task> step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(atOnce, 1);
        var next = -1;
        async Task Worker()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < items.Count)
                await step(items[index]);
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(atOnce, items.Count)).Select(_ => Worker()));
    }
}
