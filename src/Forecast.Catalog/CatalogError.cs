namespace Forecast.Catalog;

/// <summary>One problem in the catalog, located as a person fixes it: file, line, field.</summary>
/// <param name="Line">1-based line in the file (the header is line 1); 0 where the whole file is at fault.</param>
public sealed record CatalogError(string File, int Line, string Field, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: {Field}: {Message}" : $"{File}: {Field}: {Message}";
}
