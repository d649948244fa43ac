namespace Forecast.Catalog;

/// <summary>
/// A canonical indicator: one id for one concept in one unit, wherever it appears ("new urban jobs" in Dandong and
/// in Shenyang is the same indicator).
/// </summary>
/// <param name="Bound">The value no figure can exceed (100 for a share in %); null where none exists.</param>
/// <param name="Additive">Children's values sum to the parent's (jobs, units built), so a parent's target can be split.</param>
public sealed record Indicator(
    string Id,
    string NameZh,
    string NameEn,
    string Domain,
    string Unit,
    IndicatorKind Kind,
    Direction Direction,
    double? Bound,
    bool Additive)
{
    public bool IsFlow => Kind is IndicatorKind.Cumulative or IndicatorKind.Annual or IndicatorKind.Count;
}
