using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>The pair's own Monte Carlo under a <see cref="WhatIfAssumption"/>; deterministic by the scenario's seed.</summary>
/// <param name="Simulation">The paths' verdict, with the fan; null where nothing is forecast (see <paramref name="NoForecast"/>).</param>
/// <param name="Pace">The pace the paths ran at, in <paramref name="Measure"/>.</param>
/// <param name="AssumedPace">The forecast's own pace, for comparison.</param>
/// <param name="WhatItTakes">The pace for the on-track line under the changed spread and loadings.</param>
/// <param name="NoForecast">Why there is nothing to vary ("settled", "insufficient-data", "no-goal"); null where simulated.</param>
public sealed record WhatIfOutcome(
    SimulatedPair? Simulation,
    ForecastFlag? Flag,
    PaceMeasure? Measure,
    double? Pace,
    double? AssumedPace,
    RequiredPace? WhatItTakes,
    string? NoForecast);
