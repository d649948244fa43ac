using Forecast.Catalog;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Forecasting;

/// <summary>The model itself: <see cref="PreparedForecast.Run"/> over the pairs asked for.</summary>
public sealed class ModelPairForecaster : IPairForecaster
{
    public ForecastRun Run(PreparedForecast prepared, SimulationOptions simulation, IReadOnlyList<PairId> pairs) => prepared.Run(simulation, pairs);
}
