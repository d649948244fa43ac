using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Forecasting;
using Forecast.Grains.Observations;
using Forecast.Grains.Pairs;
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
/// It stores its part of each run it computes (its pairs' forecasts and its rollup, <see cref="RunParts"/>) and answers
/// reads of it; <see cref="IScenarioLatestGrain"/> says which run of a scenario is latest.
/// Placed so each silo holds close to its share of the catalog's pairs (<see cref="Placement.PairBalancedPlacement"/>):
/// a jurisdiction is a run's unit of computation, and Orleans' default (resource-optimised, which prefers the caller's
/// silo when loads look alike) put a whole run's subtree on the silo that started it; random placement left one silo
/// of three with half the pairs of another.
/// </summary>
[Placement.PairBalancedPlacement]
public sealed class JurisdictionGrain(
    CatalogViews views,
    PreparedRuns preparedRuns,
    IPairForecaster forecaster,
    StoredPairObservations storedObservations,
    RunParts runParts,
    ComputeGate computeGate,
    ForecastMetrics metrics,
    ILogger<JurisdictionGrain> logger)
    : Grain, IJurisdictionGrain, IJurisdictionRun
{
    private ForecastCatalog Catalog => views.Catalog;

    private JurisdictionView? _view;
    private IReadOnlyList<string> _pairs = [];
    private IReadOnlyList<string> _children = [];
    private readonly Dictionary<string, VersionedObservations> _observations = new(StringComparer.Ordinal);
    private Task? _observationsLoaded;

    // The last part read or computed, whole, and the rollups of the last few runs (a dashboard polls the latest).
    private (string RunId, JurisdictionRunPart Part)? _part;
    private readonly Dictionary<string, RollupView> _rollups = new(StringComparer.Ordinal);
    private const int RollupsKept = 4;

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

    public async Task<RollupView?> GetRollup(string scenarioId)
    {
        if (string.IsNullOrEmpty(scenarioId))
            return null;
        var id = this.GetPrimaryKeyString();
        var runId = await GrainFactory.GetGrain<IScenarioLatestGrain>(scenarioId).GetRunId(id);
        if (runId is null)
            return null;
        if (_rollups.TryGetValue(runId, out var rollup))
            return rollup;
        return (await GetRunPart(runId))?.Rollup;
    }

    public async Task<JurisdictionRunPart?> GetRunPart(string runId)
    {
        if (_part is { } held && held.RunId == runId)
            return held.Part;
        var id = this.GetPrimaryKeyString();
        if (await runParts.Read(runId, id) is not { Rollup: { } rollup } stored)
            return null;
        var pairs = new List<PairForecastView>(stored.Pairs.Count);
        foreach (var pair in stored.Pairs)
        {
            // A part computed on another catalog has pairs this one lacks: it is not this catalog's result.
            if (!views.TryGetDefinition(pair.Pair, out var definition))
                return null;
            pairs.Add(pair.ToView(runId, definition));
        }

        var part = new JurisdictionRunPart(runId, id, pairs, stored.Failures, rollup);
        _part = (runId, part);
        KeepRollup(runId, rollup);
        return part;
    }

    public async Task<PairForecastView?> GetPairForecast(string runId, string pair) =>
        (await GetRunPart(runId))?.Pairs.FirstOrDefault(p => p.Definition.Pair == pair);

    public async Task ForgetRun(string runId)
    {
        _rollups.Remove(runId);
        if (_part?.RunId == runId)
            _part = null;
        await runParts.Clear(runId, this.GetPrimaryKeyString());
    }

    private void KeepRollup(string runId, RollupView rollup)
    {
        if (_rollups.Count >= RollupsKept && !_rollups.ContainsKey(runId))
            _rollups.Remove(_rollups.Keys.First());
        _rollups[runId] = rollup;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ObservationView>>> GetObservations()
    {
        // Loaded from the pairs once per activation; afterwards the pairs tell us of each change (ObservationsChanged).
        _observationsLoaded ??= LoadObservations();
        await _observationsLoaded;
        // With the catalog's published figures, which every silo loads, so a run's snapshot holds them too.
        var all = new Dictionary<string, IReadOnlyList<ObservationView>>(StringComparer.Ordinal);
        foreach (var pair in _pairs)
        {
            var merged = PairObservations.Merge(views.PublishedOf(pair), _observations.TryGetValue(pair, out var stored) ? stored.Observations : []);
            if (merged.Count > 0)
                all[pair] = merged;
        }

        return all;
    }

    public Task ObservationsChanged(string pair, VersionedObservations observations)
    {
        Keep(pair, observations);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads the pairs' stored observations together (one query where the storage can, <see cref="StoredPairObservations.ReadMany"/>)
    /// and without activating them: a catalog's jurisdictions all loading pair by pair put every pair's read in front of
    /// the silo's bounded connection pool, and a national snapshot took close to a minute of round trips.
    /// </summary>
    private async Task LoadObservations()
    {
        foreach (var (pair, observations) in await storedObservations.ReadMany(_pairs))
            Keep(pair, observations);
    }

    /// <summary>A change heard while loading may be newer than what the load read: the higher version wins.</summary>
    private void Keep(string pair, VersionedObservations observations)
    {
        if (!_observations.TryGetValue(pair, out var held) || held.Version < observations.Version)
            _observations[pair] = observations;
    }

    public async Task<SubtreeSummary> Run(RunOrder order)
    {
        var id = this.GetPrimaryKeyString();
        if (order.CatalogHash != Catalog.ContentHash)
            throw new InvalidOperationException($"This silo's catalog ({Catalog.ContentHash[..12]}) is not the run's ({order.CatalogHash[..12]}): every silo must load the same catalog.");
        if (order.ModelRevision != ModelRevision.Current)
            throw new InvalidOperationException($"This silo's model revision ({ModelRevision.Current}) is not the run's ({order.ModelRevision ?? "none"}): every silo must run the same build of the model.");

        // Children first, so they compute on other threads (or silos) while this grain computes its own pairs.
        var children = _children.Select(c => GrainFactory.GetGrain<IJurisdictionRun>(c).Run(order)).ToList();

        // The forecast and the rollup compute on the silo's compute threads; meanwhile this grain answers reads.
        var prepared = await preparedRuns.For(order);
        var computed = await computeGate.Run(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var computed = JurisdictionWork.Forecast(views, forecaster, prepared, id, order.RunId);
            metrics.PairsSimulated(computed.Own.Count, computed.Failures.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            return computed;
        });
        foreach (var failure in computed.Failures)
            logger.LogWarning("Run {RunId}: pair {Pair} failed: {Error}", order.RunId, failure.Pair, failure.Error);

        // Progress moves as soon as the pairs are done (one-way: never waiting on the run grain); their forecasts wait
        // for the rollup and are stored with it.
        await GrainFactory.GetGrain<IRunReports>(order.RunId).ReportDone(id, computed.Views.Count + computed.Failures.Count);

        var summaries = await Task.WhenAll(children);
        var (summary, rollup) = await computeGate.Run(() => JurisdictionWork.Rollup(Catalog, order, id, computed, summaries));
        metrics.RollupBuilt(summary.Counts.Data.Length);

        await runParts.Write(order.RunId, id, JurisdictionWork.Part(computed, rollup));
        // Only the rollup stays in memory (dashboards poll it); the pairs are read back from storage when asked for,
        // so a national run's forecasts are not held by every jurisdiction's activation at once.
        if (_part?.RunId == order.RunId)
            _part = null;
        KeepRollup(order.RunId, rollup);
        return summary;
    }
}
