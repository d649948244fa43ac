namespace Forecast.Contracts;

/// <summary>The pair's own Monte Carlo under a <see cref="WhatIfRequest"/>, beside what its run said.</summary>
/// <param name="RunId">The run whose plan of the pair was varied (the scenario's latest completed run).</param>
/// <param name="Seed">The scenario's seed: the same request gives the same numbers.</param>
/// <param name="PMeet">Null where nothing is forecast (<paramref name="NoForecast"/> says why).</param>
/// <param name="Flag">The light under the what-if, by the scenario's thresholds; null where nothing is forecast.</param>
/// <param name="Pace">The pace the paths ran at, in <paramref name="PaceUnit"/>.</param>
/// <param name="AssumedPace">The run's own pace, for comparison.</param>
/// <param name="RunPMeet">P(meet) in the run itself.</param>
/// <param name="WhatItTakes">The pace for the on-track line under the what-if's spread and loadings.</param>
/// <param name="NoForecast">"settled", "insufficient-data" or "no-goal"; null where simulated.</param>
[GenerateSerializer, Immutable, Alias("forecast.WhatIfAnswer")]
public sealed record WhatIfAnswer(
    [property: Id(0)] string Pair,
    [property: Id(1)] string RunId,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] int Paths,
    [property: Id(4)] double? PMeet,
    [property: Id(5)] double? StandardError,
    [property: Id(6)] string? Flag,
    [property: Id(7)] double? MedianGap,
    [property: Id(8)] IReadOnlyList<YearBand> Fan,
    [property: Id(9)] string? PaceUnit,
    [property: Id(10)] double? Pace,
    [property: Id(11)] double? AssumedPace,
    [property: Id(12)] double? RunPMeet,
    [property: Id(13)] RequiredPaceView? WhatItTakes,
    [property: Id(14)] string? NoForecast);
