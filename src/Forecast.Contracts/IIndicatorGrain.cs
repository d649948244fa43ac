using Orleans.Concurrency;

namespace Forecast.Contracts;

/// <summary>One jurisdiction × indicator pair, keyed "jurisdiction/indicator" ("dandong/new-urban-jobs").</summary>
[Alias("forecast.IIndicatorGrain")]
public interface IIndicatorGrain : IGrainWithStringKey
{
    /// <summary>The indicator and every seed figure with its clause and evidence.</summary>
    [Alias("GetDefinition"), ReadOnly]
    Task<PairDefinition> GetDefinition();

    /// <summary>The values users have recorded, oldest year first.</summary>
    [Alias("GetObservations"), ReadOnly]
    Task<IReadOnlyList<ObservationView>> GetObservations();

    /// <summary>Validates and stores an observation; the next run uses it.</summary>
    /// <exception cref="ObservationRejectedException">The input is invalid; nothing was stored.</exception>
    [Alias("RecordObservation")]
    Task<ObservationView> RecordObservation(ObservationInput observation);

    /// <summary>The pair's forecast in the latest completed run of scenario <paramref name="scenarioId"/>; null if none ran it.</summary>
    [Alias("GetForecast"), ReadOnly]
    Task<PairForecastView?> GetForecast(string scenarioId);

    /// <summary>
    /// The pair's own Monte Carlo under a changed pace, spread or loadings, over its plan in the latest completed run
    /// of <paramref name="scenarioId"/>, by the scenario's seed; null if no completed run has the pair. Stores nothing.
    /// </summary>
    /// <exception cref="WhatIfRejectedException">The request breaks a bound or names what the scenario lacks.</exception>
    [Alias("WhatIf"), ReadOnly]
    Task<WhatIfAnswer?> WhatIf(string scenarioId, WhatIfRequest request);
}
