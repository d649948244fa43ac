namespace Forecast.Contracts;

/// <summary>One figure of a pair as the seed states it.</summary>
/// <param name="Role">"target", "commitment" or "baseline".</param>
/// <param name="FromYear">For a cumulative target, the first year summed (2023 for 2023–2025).</param>
/// <param name="Comparator">"≥", "≤", "=" or "≈".</param>
[GenerateSerializer, Immutable, Alias("forecast.FigureView")]
public sealed record FigureView(
    [property: Id(0)] string Role,
    [property: Id(1)] int Year,
    [property: Id(2)] int? FromYear,
    [property: Id(3)] double Value,
    [property: Id(4)] string Comparator,
    [property: Id(5)] SourceView Source,
    [property: Id(6)] string? Note);
