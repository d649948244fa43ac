using Forecast.Catalog;

namespace Forecast.Model;

/// <summary>The catalog's published figures as the model reads them, for commands that run the model without a silo.</summary>
public static class PublishedPoints
{
    /// <summary>
    /// Each pair's figures, oldest year first. Within a year a superseded figure comes before the one replacing it, and
    /// a total since an earlier year before the year's own figure, so a reader taking one point a year takes the
    /// current figure for the year itself.
    /// </summary>
    public static IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> Of(ForecastCatalog catalog)
    {
        var superseded = ObservationHistory.SupersededBy(catalog.Observations);
        return catalog.Observations
            .GroupBy(o => o.Pair)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<DataPoint>)g
                    .OrderBy(o => o.Year)
                    .ThenBy(o => superseded.ContainsKey(o) ? 0 : 1)
                    .ThenBy(o => o.Period.Kind == ObservationPeriodKind.Since ? 0 : 1)
                    .Select(o => DataPoint.Of(o, superseded.ContainsKey(o)))
                    .ToList());
    }
}
