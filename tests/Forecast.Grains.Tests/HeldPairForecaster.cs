using Forecast.Catalog;
using Forecast.Grains.Forecasting;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Tests;

/// <summary>
/// A test seam registered in the silos' DI: the model, except that a run seeded with <see cref="Seed"/> holds its
/// first forecast until <see cref="Release"/>, so a test can act on a run that is certainly in flight.
/// </summary>
public sealed class HeldPairForecaster : IPairForecaster
{
    public const ulong Seed = 4242;

    private static readonly SemaphoreSlim Started = new(0);
    private static readonly ManualResetEventSlim Released = new(false);

    private readonly ModelPairForecaster _model = new();

    /// <summary>Waits until a held run has begun a forecast.</summary>
    public static Task WaitUntilHeldAsync(TimeSpan timeout) => Started.WaitAsync(timeout).ContinueWith(t => Assert.True(t.Result, "no held forecast began"));

    public static void Release() => Released.Set();

    public ForecastRun Run(PreparedForecast prepared, SimulationOptions simulation, IReadOnlyList<PairId> pairs)
    {
        if (simulation.Seed == Seed && !Released.IsSet)
        {
            Started.Release();
            // A compute thread of the silo's own, not the thread pool: blocking it holds only this run.
            Released.Wait(TimeSpan.FromMinutes(2));
        }

        return _model.Run(prepared, simulation, pairs);
    }
}
