using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Forecast.Contracts;
using Forecast.Grains.Scenarios;
using Forecast.Grains.Telemetry;
using Forecast.Grains.Views;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Forecast.Grains.Runs;

/// <summary>
/// One run of a scenario, keyed by the scenario's content hash. Start validates and returns at once; the run itself
/// goes on in a one-shot timer that snapshots the observations, then fans out top-down over the jurisdictions in scope.
/// The same content on the same catalog and observations returns the stored run. It keeps the run's order, its
/// progress and its outline only: the snapshot of observations the run read is stored beside it once and read once by
/// each silo (<see cref="StoredRuns"/>), and each jurisdiction stores its own part of the result (<see cref="RunParts"/>).
/// </summary>
public sealed class ScenarioRunGrain(
    CatalogViews views,
    ForecastPriors priors,
    ForecastMetrics metrics,
    StoredRuns storedRuns,
    ILogger<ScenarioRunGrain> logger,
    [PersistentState(ScenarioRunGrain.StateName, ForecastStorage.Name)] IPersistentState<ScenarioRunState> state)
    : Grain, IScenarioRunGrain, IRunReports
{
    public const string StateName = "run";

    private readonly Dictionary<string, (int Done, int Total)> _progress = new(StringComparer.Ordinal);
    private IGrainTimer? _timer;
    private RunState _running = RunState.NotStarted;
    private string? _error;

    /// <summary>While the run reads its observations: jurisdictions read of all; null otherwise.</summary>
    private (int Done, int Total)? _snapshot;

    private string RunId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A run stored as Running lost the activation executing it (its silo died): carry on from its stored order, or
        // take the snapshot again if none was stored for it yet. Any call reactivates it here, a poller's GetProgress
        // included, so nobody has to start it again.
        if (state.State is not { State: RunState.Running } interrupted)
            return;
        if (interrupted.Order is { } order && await storedRuns.ReadSnapshot(RunId) is { } taken && taken.InputsHash == order.InputsHash)
        {
            await Resume(order);
            return;
        }

        // No order yet, or one stored by an earlier version (which carried its observations in the order).
        if ((interrupted.Snapshotting ?? interrupted.Order?.Scenario) is not { } scenario)
            return;
        ScenarioInputs inputs;
        try
        {
            inputs = ScenarioInputs.From(scenario, views.Catalog, priors);
        }
        catch (ScenarioRejectedException e)
        {
            await Fail(scenario.Id, $"the catalog changed while the run was interrupted: {e.Message}");
            return;
        }

        logger.LogWarning("Run {RunId} of scenario {Scenario} was interrupted before its snapshot was stored; taking it again", RunId, scenario.Id);
        Begin(scenario, inputs, order: null);
    }

    private async Task Resume(RunOrder order)
    {
        if (order.CatalogHash != views.Catalog.ContentHash)
        {
            await Fail(order.Scenario.Id, "the catalog changed while the run was interrupted; start it again");
            return;
        }

        if (order.ModelRevision != ModelRevision.Current)
        {
            await Fail(order.Scenario.Id, $"the model changed (to revision {ModelRevision.Current}) while the run was interrupted; start it again");
            return;
        }

        var resumed = ScenarioInputs.From(order.Scenario, views.Catalog, priors);
        logger.LogWarning("Run {RunId} of scenario {Scenario} was interrupted; resuming it", RunId, order.Scenario.Id);
        Begin(order.Scenario, resumed, order);
    }

    /// <summary>
    /// Validates and answers at once: the snapshot (a query per jurisdiction, a national catalog's thousands of them)
    /// and the fan-out go on in the run's own turns, so a client asking for a national run is answered before any of
    /// them and follows the snapshot's progress in <see cref="RunProgress.Phase"/>.
    /// </summary>
    public async Task<RunProgress> Start(Scenario scenario)
    {
        if (scenario is null)
            throw new ScenarioRejectedException("scenario", "scenario: a scenario is required");
        var inputs = ScenarioInputs.From(scenario, views.Catalog, priors);
        if (ScenarioRuns.RunIdOf(scenario) != RunId)
            throw new ScenarioRejectedException("runId", $"runId: this run is '{RunId}', but the scenario's content hash is '{ScenarioRuns.RunIdOf(scenario)}'; start it with ScenarioRuns.RunIdOf(scenario)");
        if (_running == RunState.Running)
            return Progress();

        // Stored as running before it answers, so that an activation on another silo takes the snapshot again if this
        // one dies, and the index lists the run before anyone asks for it. A stored result of the same content stays
        // until the snapshot shows whether it still stands.
        state.State.State = RunState.Running;
        state.State.Error = null;
        state.State.Order = null;
        state.State.Snapshotting = scenario;
        await state.WriteStateAsync();
        await TellIndex(index => index.Started(RunId, scenario.Id));
        Begin(scenario, inputs, order: null);
        return Progress();
    }

    /// <summary>Starts the run's work in a one-shot timer: the snapshot unless <paramref name="order"/> already has one, then the fan-out.</summary>
    private void Begin(Scenario scenario, ScenarioInputs inputs, RunOrder? order)
    {
        _progress.Clear();
        _error = null;
        foreach (var root in inputs.ScopeRoots)
        {
            foreach (var jurisdiction in views.Catalog.Subtree(root))
                _progress[jurisdiction.Id] = (0, CatalogGoals.CountBy(views.Catalog, jurisdiction.Id, inputs.Settings.Horizon));
        }

        _snapshot = order is null ? (0, views.Catalog.Jurisdictions.Count) : null;
        _running = RunState.Running;
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(
            (run, cancellation) => Execute(run.Scenario, run.Roots, run.Order),
            (Scenario: scenario, Roots: inputs.ScopeRoots, Order: order),
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    public Task<RunProgress> GetProgress() => Task.FromResult(Progress());

    /// <summary>
    /// The finished run's outline. While a run started again takes its snapshot, the stored result of the same content
    /// still stands (as it did while Start took the snapshot in its own turn); once it computes anew, none.
    /// </summary>
    public Task<RunOutline?> GetOutline() =>
        Task.FromResult(_running != RunState.Running ? StoredOutline() : _snapshot is not null ? KeptOutline() : null);

    public Task ReportDone(string jurisdiction, int pairsDone)
    {
        if (_progress.TryGetValue(jurisdiction, out var progress))
            _progress[jurisdiction] = (pairsDone, progress.Total);
        return Task.CompletedTask;
    }

    private async Task Execute(Scenario scenario, IReadOnlyList<string> roots, RunOrder? order)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            if (order is null)
            {
                var observations = await Snapshot();
                _snapshot = null;
                var inputsHash = InputsHash(observations);
                var snapshot = new RunSnapshot(inputsHash, observations);
                if (KeptOutline() is not null && state.State.InputsHash == inputsHash)
                {
                    // Asked for again on the same observations: the stored result stands, the most recent finished run.
                    // A run stored by an earlier version has no snapshot beside it; what-ifs on it need one.
                    if ((await storedRuns.ReadSnapshot(RunId))?.InputsHash != inputsHash)
                        await storedRuns.StoreSnapshot(RunId, snapshot);
                    await KeepStoredRun(scenario.Id, error: null);
                    return;
                }

                // The snapshot before the order that names it: whoever reads a stored order finds its snapshot.
                await storedRuns.StoreSnapshot(RunId, snapshot);
                order = new RunOrder(RunId, scenario, views.Catalog.ContentHash, ModelRevision.Current, inputsHash);
                state.State.Order = order;
                state.State.Snapshotting = null;
                await state.WriteStateAsync();
            }

            await FanOut(order, roots);
            var catalog = views.Catalog;
            var result = new RunOutline(
                RunId,
                order.Scenario,
                RunId,
                catalog.ContentHash,
                started,
                DateTimeOffset.UtcNow,
                order.ModelRevision,
                roots.SelectMany(r => catalog.Subtree(r)).Select(j => j.Id).ToList());
            await StoreCompleted(ScenarioRunState.Completed(result, order.InputsHash, _progress.Values.Sum(p => p.Total)));
            // The scenario's latest-run record may have been on the lost silo too: a finished run must not fail for it.
            await AskThroughSiloLoss("the scenario's latest-run record", () => GrainFactory.GetGrain<IScenarioLatestGrain>(scenario.Id).Completed(RunId, roots, result.CompletedAt));
            _running = RunState.Completed;
            metrics.RunCompleted(clock.Elapsed, _progress.Values.Sum(p => p.Done));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Run {RunId} of scenario {Scenario} failed", RunId, scenario.Id);
            _snapshot = null;
            if (order is null && KeptOutline() is not null)
            {
                // Started again, but the snapshot could not be read: the stored result of the same content stays, as
                // it did when Start took the snapshot itself and failed to its caller.
                await KeepStoredRun(scenario.Id, $"started again, but its snapshot failed ({e.GetType().Name}: {e.Message}); this is the previous result");
                return;
            }

            await Fail(scenario.Id, $"{e.GetType().Name}: {e.Message}");
            return;
        }
        finally
        {
            _timer?.Dispose();
            _timer = null;
        }

        await TellIndex(index => index.Finished(RunId, scenario.Id));
    }

    /// <summary>Back to the stored completed run (its outline stayed while the snapshot was taken), as this activation's answer.</summary>
    private async Task KeepStoredRun(string scenarioId, string? error)
    {
        state.State.State = RunState.Completed;
        state.State.Snapshotting = null;
        state.State.Order = null;
        state.State.Error = error;
        _running = RunState.NotStarted;
        _progress.Clear();
        _timer?.Dispose();
        _timer = null;
        await state.WriteStateAsync();
        await TellIndex(index => index.Finished(RunId, scenarioId));
    }

    /// <summary>
    /// Stores the finished run. When a silo dies, the runtime deactivates the activations whose directory entry it
    /// held, and this grain may be one of them in the middle of its run: it finishes the run, while a call meanwhile
    /// activates it again elsewhere and that activation resumes the same stored order. Whichever stores second finds
    /// the other's write; the same order with the same inputs is the same run, so it takes the stored one.
    /// </summary>
    private async Task StoreCompleted(ScenarioRunState completed)
    {
        try
        {
            state.State = completed;
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            await state.ReadStateAsync();
            if (state.State is not { State: RunState.Completed } stored || stored.InputsHash != completed.InputsHash)
                throw;
            logger.LogInformation("Run {RunId}: another activation of this run stored it first; keeping its result", RunId);
        }
    }

    public async Task Forget(string scenarioId)
    {
        if (_running == RunState.Running || await GrainFactory.GetGrain<IRunIndexGrain>(RunIndex.Key).IsKept(RunId))
            return;
        await GrainFactory.GetGrain<IScenarioLatestGrain>(scenarioId).Forget(RunId);
        if (state.State.Outline is { } outline)
            await Bounded.ForEach(outline.Jurisdictions, PartsForgottenAtOnce, j => GrainFactory.GetGrain<IJurisdictionRun>(j).ForgetRun(RunId));
        await storedRuns.ClearSnapshot(RunId);
        await state.ClearStateAsync();
        state.State = new ScenarioRunState();
        _running = RunState.NotStarted;
        _error = null;
        _progress.Clear();
        DeactivateOnIdle();
    }

    /// <summary>
    /// Tells the run index of a start or an end. The index only bounds what is kept and lets readers skip unknown ids,
    /// so a run never fails for it: a silo lost under the index is asked again for a few seconds, then logged.
    /// </summary>
    private async Task TellIndex(Func<IRunIndexGrain, Task> call)
    {
        var index = GrainFactory.GetGrain<IRunIndexGrain>(RunIndex.Key);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call(index);
                return;
            }
            catch (Exception e) when (IsSiloLoss(e) && attempt < IndexAttempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Run {RunId}: the run index could not be told; readers may not find this run until it is started again", RunId);
                return;
            }
        }
    }

    private const int IndexAttempts = 5;

    /// <summary>
    /// Asks the scope's roots to run their subtrees. A silo that dies under a subtree fails that call; the subtree's
    /// numbers are a pure function of the order, and reports are kept by pair and jurisdiction, so asking again (the
    /// lost grains activate on live silos) gives the same result. Until the cluster declares the silo dead, though,
    /// the directory still sends its grains' calls there and they are refused at once: so ask again, backing off, for
    /// as long as membership may take to declare a death (probes, missed-probe limit, votes), not a fixed few times.
    /// </summary>
    private Task FanOut(RunOrder order, IReadOnlyList<string> roots) =>
        AskThroughSiloLoss("the run", () => Task.WhenAll(roots.Select(r => GrainFactory.GetGrain<IJurisdictionRun>(r).Run(order))));

    /// <summary>Calls until it answers, asking again after a silo loss, backing off, for as long as membership may take to declare a death.</summary>
    private async Task AskThroughSiloLoss(string what, Func<Task> call)
    {
        Stopwatch? sinceFirstLoss = null;
        var backoff = SiloLossFirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call();
                return;
            }
            catch (Exception e) when (IsSiloLoss(e))
            {
                sinceFirstLoss ??= Stopwatch.StartNew();
                if (sinceFirstLoss.Elapsed > SiloLossPatience)
                    throw;
                logger.LogWarning(e, "Run {RunId}: a silo was lost under {What} (attempt {Attempt}); asking again in {Backoff}", RunId, what, attempt, backoff);
                await Task.Delay(backoff);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, SiloLossMaxBackoff.Ticks));
            }
        }
    }

    private static readonly TimeSpan SiloLossFirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SiloLossMaxBackoff = TimeSpan.FromSeconds(10);

    /// <summary>Well beyond the time Orleans takes to declare a silo dead with its default probes (tens of seconds).</summary>
    private static readonly TimeSpan SiloLossPatience = TimeSpan.FromMinutes(3);

    private static bool IsSiloLoss(Exception e) =>
        e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException
        || (e is AggregateException a && a.InnerExceptions.All(IsSiloLoss));

    private async Task Fail(string scenarioId, string error)
    {
        _error = error;
        _running = RunState.Failed;
        state.State = new ScenarioRunState { State = RunState.Failed, Error = error };
        await state.WriteStateAsync();
        await TellIndex(index => index.Finished(RunId, scenarioId));
    }

    private const int PartsForgottenAtOnce = 8;

    /// <summary>The stored outline; null if none, or if it ran on another catalog than this silo's (Start runs it again).</summary>
    private RunOutline? StoredOutline() =>
        state.State.State == RunState.Completed ? KeptOutline() : null;

    /// <summary>The outline of the last completed run of this content on this catalog, kept while it is started again; null if none.</summary>
    private RunOutline? KeptOutline() =>
        state.State.Outline is { } outline && outline.CatalogHash == views.Catalog.ContentHash ? outline : null;

    private RunProgress Progress()
    {
        if (_running == RunState.NotStarted && state.State.State != RunState.NotStarted)
        {
            // A stored run: finished before this activation.
            if (state.State.State == RunState.Completed && StoredOutline() is null)
                return new RunProgress(RunId, RunState.NotStarted, 0, 0, [], "the stored run read another catalog; start it again");
            var total = state.State.PairsTotal;
            return new RunProgress(RunId, state.State.State, state.State.State == RunState.Completed ? total : 0, total, [], state.State.Error);
        }

        var jurisdictions = _progress.Select(p => new JurisdictionProgress(p.Key, p.Value.Done, p.Value.Total)).ToList();
        var done = _running == RunState.Completed ? _progress.Values.Sum(p => p.Total) : _progress.Values.Sum(p => p.Done);
        var phase = _running != RunState.Running ? null : _snapshot is { } read ? $"snapshot {read.Done}/{read.Total} jurisdictions" : "forecast";
        return new RunProgress(RunId, _running, done, _progress.Values.Sum(p => p.Total), jurisdictions, _error) { Phase = phase };
    }

    /// <summary>Every pair's observations, from every jurisdiction of the catalog (pooled trends read beyond the scope).</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<ObservationView>>> Snapshot()
    {
        // A few jurisdictions at a time, each reading its pairs' stored states in one query: a national catalog's
        // reads all at once exhausted the connection pools.
        var parts = await Bounded.Select(views.Catalog.Jurisdictions, JurisdictionsSnapshotAtOnce, async j =>
        {
            var part = await GrainFactory.GetGrain<IJurisdictionRun>(j.Id).GetObservations();
            if (_snapshot is { } read)
                _snapshot = (read.Done + 1, read.Total);
            return part;
        });
        var all = new SortedDictionary<string, IReadOnlyList<ObservationView>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (pair, observations) in part)
                all[pair] = observations;
        }

        return new Dictionary<string, IReadOnlyList<ObservationView>>(all, StringComparer.Ordinal);
    }

    private const int JurisdictionsSnapshotAtOnce = 8;

    private string InputsHash(IReadOnlyDictionary<string, IReadOnlyList<ObservationView>> observations)
    {
        // The model revision too: a result stored by another revision is not what this build would compute.
        var text = new StringBuilder(ModelRevision.Current).Append('\n').Append(views.Catalog.ContentHash);
        foreach (var (pair, list) in observations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            foreach (var o in list)
            {
                text.Append('\n').Append(pair).Append('|').Append(o.Year).Append('|').Append(o.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('|').Append(o.Source);
                // A published figure's status, span and page (a value recorded without them hashes as it always did).
                if (o.Status is not null)
                    text.Append('|').Append(o.Status).Append('|').Append(o.Period).Append('|').Append(o.SourceUrl).Append('|').Append(o.SupersededBy);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
