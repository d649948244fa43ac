namespace Forecast.Catalog;

/// <summary>Where a figure comes from: the seed document, its clause, and the verbatim phrase holding the number.</summary>
/// <param name="Clause">In the document's own numbering: <c>二(三)5</c>, <c>附件 9</c>, <c>实事 12</c>.</param>
/// <param name="File">The catalog file and line the row was read from, for error messages and audits.</param>
public sealed record SourceClause(string Seed, string Clause, string Evidence, string File, int Line);
