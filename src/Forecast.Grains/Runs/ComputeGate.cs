using System.Collections.Concurrent;

namespace Forecast.Grains.Runs;

/// <summary>
/// Where a silo's forecasts compute: on <see cref="Slots"/> threads of its own (one fewer than its cores, at least
/// one), never on the thread pool that carries the silo's messages. A jurisdiction's forecast is a long synchronous
/// computation; run inside a grain's turn it held a pool thread and the grain itself for its whole length, and the
/// model's own Parallel.For took every core besides, so a run at 1,000,000 paths stalled the pool for seconds (GET
/// /api/tree took 16.7 s) and the silo's placement, directory and membership work waited behind it. Here a grain
/// awaits its forecast without holding a thread, answers reads meanwhile, and the pool keeps a core for messaging.
/// </summary>
public sealed class ComputeGate : IDisposable
{
    private readonly BlockingCollection<Action> _queue = [];
    private readonly Thread[] _threads;

    public ComputeGate()
    {
        _threads = new Thread[Slots];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"forecast-compute-{i}" };
            _threads[i].Start();
        }
    }

    public static int Slots { get; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Runs <paramref name="compute"/> on a compute thread, in the order asked; the caller's continuation goes back to its own scheduler.</summary>
    public Task<T> Run<T>(Func<T> compute)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() =>
        {
            try
            {
                done.SetResult(compute());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    private void Work()
    {
        foreach (var item in _queue.GetConsumingEnumerable())
            item();
    }

    public void Dispose() => _queue.CompleteAdding();
}
