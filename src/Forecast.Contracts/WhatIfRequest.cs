namespace Forecast.Contracts;

/// <summary>
/// A planner's "what if" on one pair, over the latest completed run of a scenario: another steady pace, a wider or
/// narrower own spread, other factor loadings. Null keeps the scenario's. Read-only: nothing is stored.
/// </summary>
/// <param name="Pace">The pace a year, in the unit of the pair's what it takes (<see cref="RequiredPaceView.Unit"/>: units, %/yr or pp/yr).</param>
/// <param name="SpreadScale">Multiplies the pair's own spread (yearly and persistent), 0 to <see cref="WhatIfLimits.MaxSpreadScale"/>.</param>
/// <param name="Loadings">Factor loadings replacing the pair's on the factors they name.</param>
/// <param name="Paths">1 to <see cref="WhatIfLimits.MaxPaths"/>; the scenario's seed, so the same request gives the same numbers.</param>
[GenerateSerializer, Immutable, Alias("forecast.WhatIfRequest")]
public sealed record WhatIfRequest(
    [property: Id(0)] double? Pace = null,
    [property: Id(1)] double? SpreadScale = null,
    [property: Id(2)] IReadOnlyList<WhatIfLoading>? Loadings = null,
    [property: Id(3)] int Paths = WhatIfLimits.MaxPaths);
