using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Forecasting;
using Forecast.Grains.Rollups;
using Forecast.Grains.Scenarios;
using Forecast.Grains.Telemetry;
using Forecast.Grains.Views;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.Logging;

namespace Forecast.Grains.Runs;

/// <summary>
/// A jurisdiction node: answers from the catalog every silo loads, and in a run forecasts its own pairs, asks its
/// children for theirs in parallel, and rolls the subtree up from its pairs' hit bitsets and its children's counts.
/// </summary>
public sealed class JurisdictionGrain(
    CatalogViews views,
    ForecastPriors priors,
    IPairForecaster forecaster,
    ForecastMetrics metrics,
    ILogger<JurisdictionGrain> logger,
    [PersistentState("jurisdiction", ForecastStorage.Name)] IPersistentState<JurisdictionState> state)
    : Grain, IJurisdictionGrain, IJurisdictionRun
{
    private ForecastCatalog Catalog => views.Catalog;

    private JurisdictionView? _view;
    private IReadOnlyList<string> _pairs = [];
    private IReadOnlyList<string> _children = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var id = this.GetPrimaryKeyString();
        if (!Catalog.TryGetJurisdiction(id, out var jurisdiction))
            throw new ArgumentException($"Unknown jurisdiction '{id}'.");

        _pairs = views.PairsOf[id];
        _children = Catalog.Children(id).Select(c => c.Id).ToList();
        _view = new JurisdictionView(
            jurisdiction.Id,
            jurisdiction.ParentId,
            jurisdiction.Level.ToString().ToLowerInvariant(),
            jurisdiction.NameZh,
            jurisdiction.NameEn,
            _children,
            _pairs.Count,
            Catalog.Qualitative.Count(q => q.Jurisdiction == id));
        return Task.CompletedTask;
    }

    public Task<JurisdictionView> GetView() => Task.FromResult(_view!);

    public Task<IReadOnlyList<string>> GetPairs() => Task.FromResult(_pairs);

    public Task<RollupView?> GetRollup(string scenarioId) =>
        Task.FromResult(state.State.Scenarios.TryGetValue(scenarioId ?? string.Empty, out var latest) ? latest.Rollup : null);

    public Task<PairForecastView?> GetPairForecast(string scenarioId, string pair) =>
        Task.FromResult(state.State.Scenarios.TryGetValue(scenarioId, out var latest) && latest.Pairs.TryGetValue(pair, out var view) ? view : null);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ObservationView>>> GetObservations()
    {
        var lists = await Task.WhenAll(_pairs.Select(p => GrainFactory.GetGrain<IIndicatorGrain>(p).GetObservations()));
        var observed = new Dictionary<string, IReadOnlyList<ObservationView>>(StringComparer.Ordinal);
        for (var i = 0; i < _pairs.Count; i++)
        {
            if (lists[i].Count > 0)
                observed[_pairs[i]] = lists[i];
        }

        return observed;
    }

    public async Task<SubtreeSummary> Run(RunOrder order)
    {
        var id = this.GetPrimaryKeyString();
        if (order.CatalogHash != Catalog.ContentHash)
            throw new InvalidOperationException($"This silo's catalog ({Catalog.ContentHash[..12]}) is not the run's ({order.CatalogHash[..12]}): every silo must load the same catalog.");

        // Children first, so they compute on other threads (or silos) while this grain computes its own pairs.
        var children = _children.Select(c => GrainFactory.GetGrain<IJurisdictionRun>(c).Run(order)).ToList();

        var inputs = ScenarioInputs.From(order.Scenario, Catalog, priors);
        var pairs = inputs.PairsIn(Catalog, id);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (forecasts, failures) = PairBatch.Forecast(forecaster, Catalog, Observations(order, inputs), inputs, pairs);
        metrics.PairsSimulated(forecasts.Count, failures.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        foreach (var failure in failures)
            logger.LogWarning("Run {RunId}: pair {Pair} failed: {Error}", order.RunId, failure.Pair, failure.Error);

        var own = forecasts.Select(f => (Definition: Definition(f.Pair), Forecast: f)).ToList();
        var pairViews = own.Select(o => PairViews.ToView(order.RunId, o.Definition, o.Forecast, Stored(order, o.Definition.Pair))).ToList();
        var reports = GrainFactory.GetGrain<IRunReports>(order.RunId);
        await reports.ReportPairs(id, pairViews, failures);

        var summaries = await Task.WhenAll(children);
        var inRun = pairs.ToHashSet();
        var (summary, rollup) = RollupBuilder.Build(
            order.RunId,
            order.Scenario.Id,
            id,
            order.Scenario.Paths,
            own,
            failures.Count,
            summaries,
            AdditiveShares.Of(Catalog, id, inRun.Contains));
        metrics.RollupBuilt(summary.Counts.Data.Length);

        state.State.Scenarios[order.Scenario.Id] = new LatestRun(order.RunId, rollup, pairViews.ToDictionary(v => v.Definition.Pair, StringComparer.Ordinal));
        await state.WriteStateAsync();
        await reports.ReportRollup(rollup);
        return summary;
    }

    private PairDefinition Definition(PairId pair) =>
        views.TryGetDefinition(pair.ToString(), out var definition) ? definition : throw new InvalidOperationException($"no definition for {pair}");

    private static IReadOnlyList<ObservationView> Stored(RunOrder order, string pair) =>
        order.Observations.TryGetValue(pair, out var stored) ? stored : [];

    /// <summary>Every pair's stored observations (pooled trends read other jurisdictions' too), with the scenario's extra ones added.</summary>
    private static Dictionary<PairId, IReadOnlyList<DataPoint>> Observations(RunOrder order, ScenarioInputs inputs)
    {
        var points = new Dictionary<PairId, IReadOnlyList<DataPoint>>();
        foreach (var (pair, stored) in order.Observations)
            points[PairViews.PairOf(pair)] = stored.Select(PairViews.ToPoint).ToList();
        foreach (var (pair, extra) in inputs.ExtraObservations)
        {
            // A scenario's observation for a year replaces the stored one for that year.
            var merged = points.TryGetValue(pair, out var existing) ? existing.Where(p => extra.All(e => e.Year != p.Year)).Concat(extra) : extra;
            points[pair] = merged.OrderBy(p => p.Year).ToList();
        }

        return points;
    }
}
