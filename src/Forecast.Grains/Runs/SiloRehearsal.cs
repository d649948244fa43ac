using System.Diagnostics;
using Forecast.Contracts;
using Forecast.Grains.Forecasting;
using Forecast.Grains.Pairs;
using Forecast.Grains.Storage;
using Forecast.Grains.Views;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Runs;

/// <summary>
/// Before a long-lived silo reports itself started, it rehearses a run: it computes one small jurisdiction's part in
/// memory, passes it through the message serializer and the storage's JSON, reads rows no run has, and reads the grains
/// a Start calls first. Nothing is stored. A process compiles each method on first use; without the rehearsal every
/// silo compiled about 2,500 methods in its first run (the cluster bench's "compiling" line), so a cold 30,000-pair run
/// on three silos cost 1.3–1.5× the processor time of one, and the first Start of a cold cluster answered in 1.1–1.8 s. The
/// rehearsal costs 1–3 s at start, most of it that same compiling; the rest is planning the catalog once (pooled trends
/// read every pair). One that fails is logged and the silo starts all the same: the run it warms up for would meet the
/// same fault and report it.
/// </summary>
public sealed class SiloRehearsal(
    CatalogViews views,
    ForecastPriors priors,
    IPairForecaster forecaster,
    StoredRuns storedRuns,
    RunParts runParts,
    StoredPairObservations storedObservations,
    IServiceProvider services,
    ILogger<SiloRehearsal> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>A run id no scenario's hash can take (<see cref="ScenarioRuns.RunIdOf"/>): its rows are only read, and never exist.</summary>
    public const string RunId = "silo-rehearsal";

    private static readonly TimeSpan GrainCallBound = TimeSpan.FromSeconds(5);

    /// <summary>Enough paths to take the model's vectorised loops and their remainders; few enough to cost milliseconds.</summary>
    private const int Paths = 1_000;

    public void Participate(ISiloLifecycle lifecycle) =>
        // At Active: the storage is initialised and grains answer (memory storage is itself a grain).
        lifecycle.Subscribe(nameof(SiloRehearsal), ServiceLifecycleStage.Active, Rehearse);

    private async Task Rehearse(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        try
        {
            // The smallest jurisdiction with a pair to forecast (a pair without a goal is not forecast, and would not
            // take the model's code).
            var jurisdiction = views.PairsOf.Keys
                .Select(j => (Id: j, Goals: CatalogGoals.CountBy(views.Catalog, j, horizon: null)))
                .Where(j => j.Goals > 0)
                .MinBy(j => (j.Goals, j.Id)).Id;
            if (jurisdiction is null)
                return;
            var pairs = views.PairsOf[jurisdiction];
            var scenario = new Scenario(RunId, "a silo's rehearsal at start; never stored", 1, Paths, 2023, null, [], new ScenarioThresholds(), [], [], []);
            var snapshot = new RunSnapshot(RunId, pairs.Where(p => views.PublishedOf(p).Count > 0).ToDictionary(p => p, views.PublishedOf));
            var order = new RunOrder(RunId, scenario, views.Catalog.ContentHash, ModelRevision.Current, RunId);

            var (part, summary, forecast) = await Task.Run(() =>
            {
                var prepared = PreparedRuns.Plan(scenario, snapshot, views, priors);
                var computed = JurisdictionWork.Forecast(views, forecaster, prepared, jurisdiction, RunId);
                var (summary, rollup) = JurisdictionWork.Rollup(views.Catalog, order, jurisdiction, computed, []);
                return (JurisdictionWork.Part(computed, rollup), summary, computed.Views.Count);
            }, cancellationToken);

            var messages = services.GetRequiredService<Serializer>();
            RoundTrip(messages, order);
            RoundTrip(messages, snapshot);
            RoundTrip(messages, summary);
            RoundTrip(messages, part);
            RoundTrip(messages, new RunProgress(RunId, RunState.Running, 0, pairs.Count, [new JurisdictionProgress(jurisdiction, 0, pairs.Count)], null) { Phase = "forecast" });
            if (services.GetKeyedService<IGrainStorageSerializer>(ForecastStorage.Name) is { } json)
            {
                // Every state a run stores or reads, so that no JSON metadata is built in a run's first Start.
                var now = DateTimeOffset.UtcNow;
                RoundTrip(json, part);
                RoundTrip(json, new StoredRunSnapshot { Snapshot = snapshot });
                RoundTrip(json, new ScenarioRunState { State = RunState.Running, Order = order, Snapshotting = scenario, PairsTotal = pairs.Count });
                RoundTrip(json, ScenarioRunState.Completed(
                    new RunOutline(RunId, scenario, RunId, views.Catalog.ContentHash, now, now, ModelRevision.Current, [jurisdiction]), RunId, pairs.Count));
                RoundTrip(json, new RunIndexState { Runs = [new IndexedRun(RunId, RunId, Finished: true, Kept: true)], Version = 1 });
                RoundTrip(json, new ScenarioLatestState { Runs = [new CompletedRun(RunId, [jurisdiction], now)] });
                RoundTrip(json, new IndicatorState { DefinitionHash = RunId, Observations = snapshot.Observations.Values.SelectMany(o => o).ToList(), SeededAt = now, Version = 1 });
            }

            await storedRuns.Read(RunId);
            await storedRuns.ReadSnapshot(RunId);
            await runParts.Read(RunId, jurisdiction);
            await storedObservations.ReadMany(pairs);

            // The grains a Start calls before it answers, activated by a read: a run grain under this silo's own name
            // (placement prefers the calling silo when loads look alike, so each silo usually activates the class
            // itself) and the cluster's run index. Each call is bounded, so a grain that does not answer delays no silo's
            // start for long.
            var grains = services.GetRequiredService<IGrainFactory>();
            var silo = services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToParsableString();
            await grains.GetGrain<IScenarioRunGrain>($"{RunId}/{silo}").GetProgress().WaitAsync(GrainCallBound, cancellationToken);
            await grains.GetGrain<IRunIndexGrain>(RunIndex.Key).IsKept(RunId).WaitAsync(GrainCallBound, cancellationToken);
            logger.LogInformation("Rehearsed a run on {Pairs} pairs of {Jurisdiction} in {Elapsed:F0} ms, compiling {Methods} methods",
                forecast, jurisdiction, Stopwatch.GetElapsedTime(started).TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount() - compiled);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The silo's rehearsal of a run failed; it starts all the same");
        }
    }

    private static void RoundTrip<T>(Serializer serializer, T value) => serializer.Deserialize<T>(serializer.SerializeToArray(value));

    private static void RoundTrip<T>(IGrainStorageSerializer serializer, T value) => serializer.Deserialize<T>(serializer.Serialize(value));
}
