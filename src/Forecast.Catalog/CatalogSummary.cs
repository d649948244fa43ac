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
    IReadOnlyList<(string Seed, int Figures, int Qualitative)> BySeed)
{
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
                .ToList());
    }
}
