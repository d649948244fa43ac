using Forecast.Catalog;
using Forecast.Model.Forecasting;
using Forecast.Scenarios;

namespace Forecast.Server.Api;

/// <summary>The names a scenario may use (the catalog's and the priors' factors), built once when first asked.</summary>
public sealed class ScenarioVocabularySource(ForecastCatalog catalog, ForecastPriors priors)
{
    private readonly Lazy<ScenarioVocabulary> _vocabulary = new(() => ScenarioVocabulary.From(catalog, priors.Factors.Select(f => f.Name)));

    public ScenarioVocabulary Vocabulary => _vocabulary.Value;
}
