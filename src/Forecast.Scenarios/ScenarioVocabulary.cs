using Forecast.Catalog;

namespace Forecast.Scenarios;

/// <summary>The names a scenario may use: the catalog's jurisdictions, indicators, domains and pairs, and the priors' factors.</summary>
public sealed record ScenarioVocabulary(
    IReadOnlySet<string> Jurisdictions,
    IReadOnlySet<string> Indicators,
    IReadOnlySet<string> Domains,
    IReadOnlySet<string> Pairs,
    IReadOnlySet<string> Factors)
{
    public static ScenarioVocabulary From(ForecastCatalog catalog, IEnumerable<string> priorFactors) => new(
        catalog.Jurisdictions.Select(j => j.Id).ToHashSet(StringComparer.Ordinal),
        catalog.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal),
        catalog.Indicators.Select(i => i.Domain).ToHashSet(StringComparer.Ordinal),
        catalog.Pairs.Select(p => p.ToString()).ToHashSet(StringComparer.Ordinal),
        priorFactors.ToHashSet(StringComparer.Ordinal));
}
