namespace Forecast.Catalog;

/// <summary>
/// Bounds on the catalog's files, checked before a file is read, so a wrong or hostile file is refused at once rather
/// than read into memory. data/README.md states them.
/// </summary>
public static class CatalogLimits
{
    /// <summary>
    /// One CSV file. A national catalog (about 3,000 jurisdictions × 100 indicators) keeps its largest file,
    /// qualitative.csv or jurisdictions.csv, to a few MiB; the shipped files are under 64 KB.
    /// </summary>
    public const long MaxCsvBytes = 16 << 20;

    /// <summary>One seed document: a plan's text is tens of KB.</summary>
    public const long MaxSeedBytes = 4 << 20;

    /// <summary>Errors reported for one load; past them the count of the rest is reported instead.</summary>
    public const int MaxErrors = 200;
}
