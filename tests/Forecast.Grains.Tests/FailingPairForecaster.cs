using Forecast.Catalog;
using Forecast.Grains.Forecasting;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Tests;

/// <summary>
/// A test seam registered in the silos' DI: the model, except that it throws for <see cref="Pair"/> in runs seeded
/// with <see cref="Seed"/>, as a pair whose computation breaks would.
/// </summary>
public sealed class FailingPairForecaster : IPairForecaster
{
    public const ulong Seed = 666;

    public static readonly PairId Pair = new("dandong", "new-urban-jobs");

    private readonly ModelPairForecaster _model = new();

    public ForecastRun Run(PreparedForecast prepared, SimulationOptions simulation, IReadOnlyList<PairId> pairs) =>
        simulation.Seed == Seed && pairs.Contains(Pair)
            ? throw new InvalidOperationException($"injected failure for {Pair}")
            : _model.Run(prepared, simulation, pairs);
}
