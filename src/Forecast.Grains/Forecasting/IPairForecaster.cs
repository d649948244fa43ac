using Forecast.Catalog;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Forecasting;

/// <summary>
/// Where the grains call the model. One implementation ships (<see cref="ModelPairForecaster"/>); the seam exists so
/// that a test can register one that fails for a chosen pair and see the run report it while the rest completes.
/// </summary>
public interface IPairForecaster
{
    ForecastRun Run(
        ForecastCatalog catalog,
        IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations,
        ForecastPriors priors,
        ForecastSettings settings,
        SimulationOptions simulation,
        IReadOnlyList<PairId> pairs);
}
