namespace Forecast.Catalog;

/// <summary>The catalog could not be loaded; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class CatalogException(IReadOnlyList<CatalogError> errors)
    : Exception($"The catalog has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<CatalogError> Errors { get; } = errors;
}
