namespace Forecast.Contracts;

/// <summary>Where a figure comes from: the seed document, its clause in the document's numbering, and the verbatim phrase.</summary>
[GenerateSerializer, Immutable, Alias("forecast.SourceView")]
public sealed record SourceView(
    [property: Id(0)] string Seed,
    [property: Id(1)] string Clause,
    [property: Id(2)] string Evidence);
