namespace Forecast.Catalog;

/// <summary>A source document under <c>data/seeds/</c>, kept verbatim so every evidence phrase can be checked.</summary>
/// <param name="PracticalMattersYear">The year of its 为群众办实事清单, where it has one.</param>
public sealed record SeedDocument(string File, string Jurisdiction, string? TitleZh, DateOnly? Published, int? PracticalMattersYear, string Text);
