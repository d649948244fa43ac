using Forecast.Catalog;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Forecasting;

/// <summary>
/// Where the grains call the model. One implementation ships (<see cref="ModelPairForecaster"/>); the seam exists so
/// that a test can register one that fails for a chosen pair and see the run report it while the rest completes.
/// </summary>
public interface IPairForecaster
{
    ForecastRun Run(PreparedForecast prepared, SimulationOptions simulation, IReadOnlyList<PairId> pairs);
}
