namespace Forecast.Catalog;

/// <summary>
/// A level and the each-year growth commitment of the same policy are linked pairs: the growth indicator is named for
/// the level it raises, <c>&lt;level id&gt;-yearly-growth</c> (data/README.md), in the same jurisdiction.
/// </summary>
public static class LinkedPairs
{
    public const string GrowthSuffix = "-yearly-growth";

    /// <summary>The each-year growth pair raising <paramref name="level"/>, where the catalog has one with figures.</summary>
    public static PairId? GrowthOf(ForecastCatalog catalog, PairId level)
    {
        var growth = new PairId(level.Jurisdiction, level.Indicator + GrowthSuffix);
        return catalog.FiguresOf(growth).Count > 0 ? growth : null;
    }
}
