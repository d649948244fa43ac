namespace Forecast.Catalog;

/// <summary>What the catalog covers, as <c>forecast catalog validate</c> prints it.</summary>
public sealed record CatalogSummary(
    int Jurisdictions,
    int Indicators,
    int Figures,
    int Pairs,
    int Qualitative,
    IReadOnlyList<CatalogSummary.Row> ByJurisdiction,
    IReadOnlyList<CatalogSummary.Row> ByDomain,
    IReadOnlyList<CatalogSummary.Row> ByKind,
    IReadOnlyList<(string Seed, int Figures, int Qualitative)> BySeed,
    IReadOnlyList<CatalogSummary.ObservedRow> Observed)
{
    /// <summary>Published figures recorded for one jurisdiction and year: how many pairs, and how final (superseded ones apart).</summary>
    public sealed record ObservedRow(string Jurisdiction, int Year, int Pairs, int Final, int Estimated, int Preliminary, int Superseded);

    /// <summary>Counts for one group: pairs, and how many of them have a baseline, a commitment and a target.</summary>
    public sealed record Row(string Group, int Pairs, int WithBaseline, int WithCommitment, int WithTarget, int Qualitative);

    public static CatalogSummary Of(ForecastCatalog catalog)
    {
        var pairs = catalog.Pairs
            .Select(p => (Pair: p, Indicator: catalog.Indicator(p.Indicator), Roles: catalog.FiguresOf(p).Select(f => f.Role).ToHashSet()))
            .ToList();

        // Qualitative goals have no indicator, so they count only per jurisdiction.
        List<Row> GroupBy(Func<(PairId Pair, Indicator Indicator, HashSet<FigureRole> Roles), string> key) =>
            pairs.GroupBy(key)
                .Select(g => new Row(
                    g.Key,
                    g.Count(),
                    g.Count(p => p.Roles.Contains(FigureRole.Baseline)),
                    g.Count(p => p.Roles.Contains(FigureRole.Commitment)),
                    g.Count(p => p.Roles.Contains(FigureRole.Target)),
                    Qualitative: 0))
                .OrderBy(r => r.Group, StringComparer.Ordinal)
                .ToList();

        var byJurisdiction = catalog.Jurisdictions
            .Select(j => j.Id)
            .Where(id => pairs.Any(p => p.Pair.Jurisdiction == id) || catalog.Qualitative.Any(q => q.Jurisdiction == id))
            .Select(id =>
            {
                var own = pairs.Where(p => p.Pair.Jurisdiction == id).ToList();
                return new Row(
                    id,
                    own.Count,
                    own.Count(p => p.Roles.Contains(FigureRole.Baseline)),
                    own.Count(p => p.Roles.Contains(FigureRole.Commitment)),
                    own.Count(p => p.Roles.Contains(FigureRole.Target)),
                    catalog.Qualitative.Count(q => q.Jurisdiction == id));
            })
            .ToList();

        return new CatalogSummary(
            catalog.Jurisdictions.Count,
            catalog.Indicators.Count,
            catalog.Figures.Count,
            catalog.Pairs.Count,
            catalog.Qualitative.Count,
            byJurisdiction,
            GroupBy(p => p.Indicator.Domain),
            GroupBy(p => p.Indicator.Kind.ToString().ToLowerInvariant()),
            catalog.Seeds
                .Select(s => (s.File, catalog.Figures.Count(f => f.Source.Seed == s.File), catalog.Qualitative.Count(q => q.Source.Seed == s.File)))
                .ToList(),
            ObservedRows(catalog));
    }

    private static List<ObservedRow> ObservedRows(ForecastCatalog catalog)
    {
        var superseded = ObservationHistory.SupersededBy(catalog.Observations);
        return catalog.Observations
            .GroupBy(o => (o.Pair.Jurisdiction, o.Year))
            .Select(g =>
            {
                var current = g.Where(o => !superseded.ContainsKey(o)).ToList();
                return new ObservedRow(
                    g.Key.Jurisdiction,
                    g.Key.Year,
                    current.Select(o => o.Pair).Distinct().Count(),
                    current.Count(o => o.Status == ObservationStatus.Final),
                    current.Count(o => o.Status == ObservationStatus.Estimated),
                    current.Count(o => o.Status == ObservationStatus.Preliminary),
                    g.Count() - current.Count);
            })
            .OrderBy(r => r.Jurisdiction, StringComparer.Ordinal)
            .ThenBy(r => r.Year)
            .ToList();
    }
}
