using Forecast.Grains.Views;

namespace Forecast.Grains.Runs;

/// <summary>The latest completed runs of one scenario, newest first: a few, since scopes differ (the whole catalog, one city).</summary>
public sealed class ScenarioLatestGrain(
    CatalogViews views,
    [PersistentState("latest", ForecastStorage.Name)] IPersistentState<ScenarioLatestState> state)
    : Grain, IScenarioLatestGrain
{
    /// <summary>Runs kept: enough for every scope a planner keeps in turn, bounded so the state stays small.</summary>
    public const int Kept = 20;

    public Task<string?> GetRunId(string jurisdiction)
    {
        foreach (var run in state.State.Runs)
        {
            if (run.ScopeRoots.Any(root => root == jurisdiction || Holds(root, jurisdiction)))
                return Task.FromResult<string?>(run.RunId);
        }

        return Task.FromResult<string?>(null);
    }

    public async Task Completed(string runId, IReadOnlyList<string> scopeRoots, DateTimeOffset completedAt)
    {
        var runs = state.State.Runs.Where(r => r.RunId != runId).Append(new CompletedRun(runId, [.. scopeRoots], completedAt));
        state.State.Runs = [.. runs.OrderByDescending(r => r.CompletedAt).Take(Kept)];
        await state.WriteStateAsync();
    }

    public async Task Forget(string runId)
    {
        if (!state.State.Runs.Exists(r => r.RunId == runId))
            return;
        state.State.Runs = [.. state.State.Runs.Where(r => r.RunId != runId)];
        if (state.State.Runs.Count > 0)
        {
            await state.WriteStateAsync();
            return;
        }

        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    private bool Holds(string root, string jurisdiction)
    {
        if (!views.Catalog.TryGetJurisdiction(jurisdiction, out var node))
            return false;
        for (var parent = node.ParentId; parent is not null; parent = views.Catalog.Jurisdiction(parent).ParentId)
        {
            if (parent == root)
                return true;
        }

        return false;
    }
}

[GenerateSerializer, Alias("forecast.ScenarioLatestState")]
public sealed class ScenarioLatestState
{
    [Id(0)]
    public List<CompletedRun> Runs { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("forecast.CompletedRun")]
public sealed record CompletedRun(
    [property: Id(0)] string RunId,
    [property: Id(1)] List<string> ScopeRoots,
    [property: Id(2)] DateTimeOffset CompletedAt);
