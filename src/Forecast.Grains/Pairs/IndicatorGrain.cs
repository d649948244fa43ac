using Forecast.Contracts;
using Forecast.Grains.Observations;
using Forecast.Grains.Runs;
using Forecast.Grains.Views;
using Forecast.Grains.WhatIf;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Forecast.Grains.Pairs;

/// <summary>
/// One jurisdiction × indicator pair. Its definition is the silo's catalog's (never stale: every silo loads the
/// catalog at start); its state keeps users' observations and the hash of the definition it was seeded with, so a
/// changed catalog is noticed and recorded without losing an observation.
/// </summary>
public sealed class IndicatorGrain(
    CatalogViews views,
    WhatIfPreparations whatIfs,
    ILogger<IndicatorGrain> logger,
    [PersistentState(IndicatorGrain.StateName, ForecastStorage.Name)] IPersistentState<IndicatorState> state)
    : Grain, IIndicatorGrain, IPairSeeding, IPairImport
{
    /// <summary>The name the pair's state is stored under.</summary>
    public const string StateName = "pair";

    private string Pair => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Seeding on activation as well as at start: a grain first reached after a catalog change still records it.
        if (views.TryGetDefinition(Pair, out _))
            await Seed();
    }

    public async Task<bool> Seed()
    {
        if (!views.TryGetDefinition(Pair, out _))
            throw new KeyNotFoundException($"Unknown pair '{Pair}': the catalog has no figure for it.");
        var hash = views.DefinitionHashOf(Pair);
        if (state.State.DefinitionHash == hash)
            return false;

        if (state.RecordExists && state.State.DefinitionHash is not null)
            logger.LogInformation("Pair {Pair}: the catalog's definition changed; {Count} observations kept", Pair, state.State.Observations.Count);
        state.State.DefinitionHash = hash;
        state.State.SeededAt = DateTimeOffset.UtcNow;

        // Nothing stored yet (no observation was ever recorded): there is nothing to keep across a catalog change, so
        // the hash is only held; the first observation's write stores it. Writing it here cost every pair's first
        // activation a write to storage, which a run over a whole catalog paid once per pair.
        if (!state.RecordExists)
            return true;
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // While a cluster forms, two silos' startup seeding can briefly activate the same pair twice; the other
            // write won. Read what it stored and seed again only if it stored another definition.
            await state.ReadStateAsync();
            if (state.State.DefinitionHash == hash)
                return false;
            state.State.DefinitionHash = hash;
            state.State.SeededAt = DateTimeOffset.UtcNow;
            await state.WriteStateAsync();
        }

        return true;
    }

    public Task<PairDefinition> GetDefinition() =>
        views.TryGetDefinition(Pair, out var definition)
            ? Task.FromResult(definition)
            : throw new KeyNotFoundException($"Unknown pair '{Pair}': the catalog has no figure for it.");

    public Task<IReadOnlyList<ObservationView>> GetObservations() =>
        Task.FromResult(PairObservations.Merge(views.PublishedOf(Pair), state.State.Observations.ToList()));


    public async Task<ObservationView> RecordObservation(ObservationInput observation)
    {
        ObservationRules.Validate(views.Catalog, Pair, observation);

        var recorded = new ObservationView(observation.Year, observation.Value, observation.Source, observation.RecordedBy, DateTimeOffset.UtcNow);
        // A later value for the year corrects one recorded this way; a published figure (with a status) is never replaced here.
        await Store(state.State.Observations.Where(o => o.Year != recorded.Year || o.Status is not null).Append(recorded).OrderBy(o => o.Year).ToList());
        return recorded;
    }

    public Task<VersionedObservations> GetStored() => Task.FromResult(Versioned());

    public async Task<int?> Append(int expectedVersion, IReadOnlyList<ObservationView> figures)
    {
        if (!views.TryGetDefinition(Pair, out _))
            throw new KeyNotFoundException($"Unknown pair '{Pair}': the catalog has no figure for it.");
        if (state.State.Version != expectedVersion)
            return null;

        // Appended in the order given (a superseding figure after the one it names), then by year; nothing is replaced.
        await Store(state.State.Observations.Concat(figures).OrderBy(o => o.Year).ToList());
        return state.State.Version;
    }

    public async Task<bool> Restore(int appendedVersion, IReadOnlyList<ObservationView> previous)
    {
        if (state.State.Version != appendedVersion)
            return false;
        await Store(previous.ToList());
        return true;
    }

    /// <summary>Stores a new list under the next version, then tells the jurisdiction; on a failed write nothing changes.</summary>
    private async Task Store(List<ObservationView> observations)
    {
        var before = state.State.Observations;
        state.State.Observations = observations;
        state.State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not stored: the grain must not answer with what storage does not hold.
            state.State.Observations = before;
            state.State.Version--;
            throw;
        }

        // The jurisdiction keeps its pairs' observations for runs to snapshot; it must hear of this one before we answer.
        await GrainFactory.GetGrain<IJurisdictionRun>(PairViews.PairOf(Pair).Jurisdiction).ObservationsChanged(Pair, Versioned());
    }

    public async Task<PairForecastView?> GetForecast(string scenarioId)
    {
        if (!views.TryGetDefinition(Pair, out var definition))
            return null;
        if (string.IsNullOrEmpty(scenarioId))
            return null;
        var runId = await GrainFactory.GetGrain<IScenarioLatestGrain>(scenarioId).GetRunId(definition.Jurisdiction);
        return runId is null ? null : await GrainFactory.GetGrain<IJurisdictionRun>(definition.Jurisdiction).GetPairForecast(runId, Pair);
    }

    public async Task<WhatIfAnswer?> WhatIf(string scenarioId, WhatIfRequest request)
    {
        if (!views.TryGetDefinition(Pair, out var definition) || string.IsNullOrEmpty(scenarioId))
            return null;
        var runId = await GrainFactory.GetGrain<IScenarioLatestGrain>(scenarioId).GetRunId(definition.Jurisdiction);
        if (runId is null)
            return null;
        var forecast = GrainFactory.GetGrain<IJurisdictionRun>(definition.Jurisdiction).GetPairForecast(runId, Pair);
        var run = await whatIfs.For(runId);
        return run is null || await forecast is not { } view ? null : WhatIfRunner.Answer(run, definition, runId, request, view.PMeet);
    }

    private VersionedObservations Versioned() => new(state.State.Version, state.State.Observations.ToList());
}
