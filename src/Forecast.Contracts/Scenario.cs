namespace Forecast.Contracts;

/// <summary>
/// A planner's scenario as read from its file (scenarios/*.yaml): what to run, with which seed and assumptions.
/// The same content always gives the same numbers; <see cref="ScenarioHash"/> names it.
/// </summary>
/// <param name="Id">The scenario's name ("baseline"); dashboards ask for the latest run of it.</param>
/// <param name="Paths">Monte Carlo paths per pair, 1 to 1,000,000.</param>
/// <param name="AsOfYear">Points after it are ignored; the paths set out from it.</param>
/// <param name="Horizon">The last goal year considered; null for every goal.</param>
/// <param name="Scope">Jurisdiction ids run with everything below them; empty for the whole catalog.</param>
/// <param name="Factors">Common factors that replace or add to the priors' (by name).</param>
/// <param name="Overrides">Per-pair trends, spreads and extra observations.</param>
[GenerateSerializer, Immutable, Alias("forecast.Scenario")]
public sealed record Scenario(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] int Paths,
    [property: Id(4)] int AsOfYear,
    [property: Id(5)] int? Horizon,
    [property: Id(6)] IReadOnlyList<string> Scope,
    [property: Id(7)] ScenarioThresholds Thresholds,
    [property: Id(8)] IReadOnlyList<ScenarioFactor> Factors,
    [property: Id(9)] IReadOnlyList<ScenarioShockSpec> Shocks,
    [property: Id(10)] IReadOnlyList<PairOverride> Overrides);
