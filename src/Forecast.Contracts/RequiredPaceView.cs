namespace Forecast.Contracts;

/// <summary>
/// What it takes: the steady pace a year, from <paramref name="FromYear"/> to the goal year, at which the target's
/// paths meet it with probability <paramref name="Probability"/> (the scenario's on-track line) under the scenario's
/// uncertainty, beside the pace its forecast assumes.
/// </summary>
/// <param name="Measure">"units-per-year", "percent-per-year" or "points-per-year": as the pair's kind is read.</param>
/// <param name="Unit">The pace's unit as a planner writes it: "所/yr", "%/yr", "pp/yr".</param>
/// <param name="Needed">The pace needed; null where no pace reaches the probability.</param>
/// <param name="Assumed">The pace the forecast assumes (its basis: planned, observed, linked, pooled or base rate).</param>
/// <param name="Ratio">Needed ÷ assumed, where both point the same way and the assumed pace is not zero.</param>
[GenerateSerializer, Immutable, Alias("forecast.RequiredPaceView")]
public sealed record RequiredPaceView(
    [property: Id(0)] string Measure,
    [property: Id(1)] string Unit,
    [property: Id(2)] int FromYear,
    [property: Id(3)] int Years,
    [property: Id(4)] double Probability,
    [property: Id(5)] double? Needed,
    [property: Id(6)] double Assumed,
    [property: Id(7)] double? Ratio);
