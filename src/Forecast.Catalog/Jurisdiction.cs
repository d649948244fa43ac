namespace Forecast.Catalog;

/// <summary>A node of the administrative tree (country → province → city → district/county).</summary>
public sealed record Jurisdiction(string Id, string? ParentId, JurisdictionLevel Level, string NameZh, string NameEn);
