namespace Forecast.Grains.Runs;

/// <summary>
/// How many jurisdictions of this silo forecast at once: one fewer than its cores (at least one). A jurisdiction's
/// forecast is one long synchronous turn; a run over thousands of jurisdictions queued thousands of them on the
/// thread pool at once, and the silo's own short work (grain placement, directory lookups, membership probes) waited
/// behind them past its 30 s timeouts: on the 300,000-pair SYNTHETIC nation, placements of jurisdiction grains timed
/// out and failed the run. Jurisdictions waiting here wait asynchronously, holding no thread.
/// </summary>
public sealed class ComputeGate
{
    private readonly SemaphoreSlim _slots = new(Slots, Slots);

    public static int Slots { get; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Runs <paramref name="compute"/> when a slot is free.</summary>
    public async Task<T> Run<T>(Func<T> compute)
    {
        await _slots.WaitAsync();
        try
        {
            return compute();
        }
        finally
        {
            _slots.Release();
        }
    }
}
