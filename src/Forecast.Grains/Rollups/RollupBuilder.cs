using Forecast.Contracts;
using Forecast.Grains.Views;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.Rollups;

/// <summary>
/// A jurisdiction's rollup from its own pairs' hit bitsets and its children's summaries: the number of targets met on
/// each path is added up path by path, so a factor shared by many targets widens the distribution as it should.
/// </summary>
public static class RollupBuilder
{
    /// <summary>How many of the least likely targets a rollup lists.</summary>
    public const int WorstListed = 10;

    public static (SubtreeSummary Summary, RollupView View) Build(
        string runId,
        string scenarioId,
        string jurisdiction,
        int paths,
        IReadOnlyList<(PairDefinition Definition, PairForecast Forecast)> own,
        int ownFailed,
        IReadOnlyList<SubtreeSummary> children,
        IReadOnlyList<AdditiveShare> additiveShares)
    {
        var counter = new MetCounter(paths);
        long totalMet = 0;
        int assessed = 0, insufficient = 0;
        var flags = new int[6];
        var domains = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var worst = new List<PairSummary>();
        foreach (var (definition, forecast) in own)
        {
            var flag = PairViews.Flag(forecast.Flag);
            Count(flags, flag);
            Count(Domain(domains, definition.Domain), flag);
            if (forecast.Simulation is { } simulation)
            {
                assessed++;
                counter.Add(simulation.Hits);
                totalMet += simulation.Hits.Count;
                if (!forecast.Settled)
                    worst.Add(new PairSummary(definition.Pair, definition.NameZh, definition.NameEn, simulation.PMeet, flag, forecast.Reason.Zh, forecast.Reason.En));
            }
            else
            {
                insufficient++;
            }
        }

        var targets = own.Count + ownFailed;
        var failed = ownFailed;
        var counts = new int[paths];
        counter.AddTo(counts);
        foreach (var child in children)
        {
            targets += child.Targets;
            assessed += child.Assessed;
            insufficient += child.InsufficientData;
            failed += child.Failed;
            totalMet += child.TotalMet;
            child.Counts.AddTo(counts);
            Add(flags, child.Flags);
            foreach (var d in child.ByDomain)
                Add(Domain(domains, d.Domain), d.Flags);
            worst.AddRange(child.Worst);
        }

        var distribution = new double[assessed + 1];
        foreach (var c in counts)
            distribution[c] += 1;
        for (var k = 0; k < distribution.Length; k++)
            distribution[k] /= paths;

        var worstListed = worst.OrderBy(w => w.PMeet).ThenBy(w => w.Pair, StringComparer.Ordinal).Take(WorstListed).ToList();
        var flagCounts = ToCounts(flags);
        var byDomain = domains.Select(d => new DomainFlags(d.Key, ToCounts(d.Value))).ToList();
        var summary = new SubtreeSummary(jurisdiction, targets, assessed, insufficient, failed, totalMet, PathCounts.Pack(counts, assessed), flagCounts, byDomain, worstListed);
        var view = new RollupView(runId, scenarioId, jurisdiction, paths, targets, assessed, insufficient, (double)totalMet / paths, distribution, flagCounts, byDomain, worstListed, additiveShares);
        return (summary, view);
    }

    private static int[] Domain(SortedDictionary<string, int[]> domains, string domain)
    {
        if (!domains.TryGetValue(domain, out var counts))
            domains[domain] = counts = new int[6];
        return counts;
    }

    private static void Count(int[] counts, string flag) => counts[flag switch
    {
        Flags.OnTrack => 0,
        Flags.AtRisk => 1,
        Flags.LikelyMissed => 2,
        Flags.Met => 4,
        Flags.Missed => 5,
        _ => 3,
    }]++;

    private static void Add(int[] counts, FlagCounts flags)
    {
        counts[0] += flags.OnTrack;
        counts[1] += flags.AtRisk;
        counts[2] += flags.LikelyMissed;
        counts[3] += flags.InsufficientData;
        counts[4] += flags.Met;
        counts[5] += flags.Missed;
    }

    private static FlagCounts ToCounts(int[] counts) => new(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
}
