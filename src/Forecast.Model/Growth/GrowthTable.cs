using Forecast.Catalog;

namespace Forecast.Model.Growth;

/// <summary>The analyst's table for a jurisdiction and everything below it, one row per pair with a target or commitment.</summary>
public static class GrowthTable
{
    /// <param name="observations">Recorded observations per pair; pairs without any use their catalog figures alone.</param>
    public static IReadOnlyList<GrowthRow> For(ForecastCatalog catalog, string jurisdictionId, IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>>? observations = null)
    {
        var scope = catalog.Subtree(jurisdictionId).Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        return catalog.Pairs
            .Where(p => scope.Contains(p.Jurisdiction))
            .Select(p => GrowthAnalyzer.Analyze(
                catalog.Indicator(p.Indicator),
                catalog.FiguresOf(p),
                ObservationsOf(p),
                GrowthAnalyzer.LinkedRateOf(catalog, p, LinkedPairs.GrowthOf(catalog, p) is { } partner ? ObservationsOf(partner) : [])))
            .ToList();

        IReadOnlyList<DataPoint> ObservationsOf(PairId pair) => observations is not null && observations.TryGetValue(pair, out var points) ? points : [];
    }
}
