using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>What every report of one run is written from: the run's result and the jurisdiction tree it covers.</summary>
/// <param name="Jurisdictions">The nodes of the rollups, top-down, with names and parents to draw the tree.</param>
public sealed record RunReport(RunResult Result, IReadOnlyList<JurisdictionView> Jurisdictions)
{
    public Scenario Scenario => Result.Scenario;

    /// <summary>Missed (settled) first, then likely missed, then at risk, each lowest P(meet) first: the order planners read them in.</summary>
    public IReadOnlyList<PairForecastView> Flagged { get; } = Result.Pairs
        .Where(p => p.Flag is Flags.Missed or Flags.LikelyMissed or Flags.AtRisk)
        .OrderBy(p => Flags.Rank(p.Flag))
        .ThenBy(p => p.PMeet ?? 0)
        .ThenBy(p => p.Definition.Pair, StringComparer.Ordinal)
        .ToList();

    public FlagCounts Counts { get; } = new(
        Result.Pairs.Count(p => p.Flag == Flags.OnTrack),
        Result.Pairs.Count(p => p.Flag == Flags.AtRisk),
        Result.Pairs.Count(p => p.Flag == Flags.LikelyMissed),
        Result.Pairs.Count(p => p.Flag == Flags.InsufficientData),
        Result.Pairs.Count(p => p.Flag == Flags.Met),
        Result.Pairs.Count(p => p.Flag == Flags.Missed));

    public RollupView? RollupOf(string jurisdiction) => Result.Rollups.FirstOrDefault(r => r.Jurisdiction == jurisdiction);
}
