namespace Forecast.Catalog;

/// <summary>
/// A goal the seed states without one readable number ("基本化解", "全覆盖" with no base, a named building to finish).
/// Kept so that coverage is visible rather than silently dropped.
/// </summary>
public sealed record QualitativeItem(string Jurisdiction, string Reason, SourceClause Source);
