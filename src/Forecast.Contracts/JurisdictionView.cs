namespace Forecast.Contracts;

/// <summary>What a dashboard needs to draw one node of the jurisdiction tree.</summary>
/// <param name="Children">Ids of the jurisdictions directly below, in catalog order.</param>
/// <param name="Pairs">Jurisdiction × indicator pairs with at least one seed figure.</param>
/// <param name="Qualitative">Goals the seeds state without one readable number, counted so coverage stays visible.</param>
[GenerateSerializer, Immutable, Alias("forecast.JurisdictionView")]
public sealed record JurisdictionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string? ParentId,
    [property: Id(2)] string Level,
    [property: Id(3)] string NameZh,
    [property: Id(4)] string NameEn,
    [property: Id(5)] IReadOnlyList<string> Children,
    [property: Id(6)] int Pairs,
    [property: Id(7)] int Qualitative);
