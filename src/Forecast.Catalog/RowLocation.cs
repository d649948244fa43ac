namespace Forecast.Catalog;

/// <summary>Where a row was read, as a person finds it again: <c>data/observations/dalian.csv:12</c>.</summary>
/// <param name="Line">1-based line (the header is line 1); 0 for a row that has no line of its own (recorded on a server).</param>
public sealed record RowLocation(string File, int Line)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
