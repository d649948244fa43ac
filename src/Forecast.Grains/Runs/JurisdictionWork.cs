using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Forecasting;
using Forecast.Grains.Rollups;
using Forecast.Grains.Views;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.Runs;

/// <summary>A jurisdiction's own pairs in a run: those in the run's horizon, their forecasts and views, and those that failed.</summary>
public sealed record JurisdictionPairs(
    IReadOnlyList<PairId> Pairs,
    IReadOnlyList<(PairDefinition Definition, PairForecast Forecast)> Own,
    IReadOnlyList<PairForecastView> Views,
    IReadOnlyList<PairFailure> Failures);

/// <summary>
/// What a jurisdiction computes of a run, apart from the grain that schedules it: its own pairs' forecasts, then its
/// subtree's rollup from them and its children's summaries, and the part it stores. <see cref="JurisdictionGrain"/> runs
/// it on the silo's compute threads; <see cref="SiloRehearsal"/> runs it once as a silo starts.
/// </summary>
public static class JurisdictionWork
{
    public static JurisdictionPairs Forecast(CatalogViews views, IPairForecaster forecaster, PreparedRun prepared, string jurisdiction, string runId)
    {
        var pairs = prepared.Inputs.PairsIn(views.Catalog, jurisdiction);
        var (forecasts, failures) = PairBatch.Forecast(forecaster, prepared, pairs);
        var own = forecasts.Select(f => (Definition: Definition(views, f.Pair), Forecast: f)).ToList();
        var pairViews = own.Select(o => PairViews.ToView(runId, o.Definition, o.Forecast, Stored(prepared.Snapshot, o.Definition.Pair))).ToList();
        return new JurisdictionPairs(pairs, own, pairViews, failures);
    }

    public static (SubtreeSummary Summary, RollupView Rollup) Rollup(
        ForecastCatalog catalog, RunOrder order, string jurisdiction, JurisdictionPairs computed, IReadOnlyList<SubtreeSummary> children)
    {
        var inRun = computed.Pairs.ToHashSet();
        return RollupBuilder.Build(
            order.RunId,
            order.Scenario.Id,
            jurisdiction,
            order.Scenario.Paths,
            computed.Own,
            computed.Failures.Count,
            children,
            AdditiveShares.Of(catalog, jurisdiction, inRun.Contains));
    }

    public static StoredRunPart Part(JurisdictionPairs computed, RollupView rollup) => new()
    {
        Pairs = computed.Views.Select(StoredPairForecast.From).ToList(),
        Failures = computed.Failures.ToList(),
        Rollup = rollup,
    };

    private static PairDefinition Definition(CatalogViews views, PairId pair) =>
        views.TryGetDefinition(pair.ToString(), out var definition) ? definition : throw new InvalidOperationException($"no definition for {pair}");

    private static IReadOnlyList<ObservationView> Stored(RunSnapshot snapshot, string pair) =>
        snapshot.Observations.TryGetValue(pair, out var stored) ? stored : [];
}
