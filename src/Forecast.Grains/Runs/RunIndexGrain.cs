using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forecast.Grains.Runs;

/// <inheritdoc cref="IRunIndexGrain"/>
public sealed class RunIndexGrain(
    IOptions<RunRetentionOptions> options,
    ILogger<RunIndexGrain> logger,
    [PersistentState("runs", ForecastStorage.Name)] IPersistentState<RunIndexState> state)
    : Grain, IRunIndexGrain
{
    private RunIndexView? _view;

    public Task Started(string runId, string scenarioId) => Put(runId, scenarioId, finished: false, kept: null);

    public Task Finished(string runId, string scenarioId) => Put(runId, scenarioId, finished: true, kept: null);

    public Task Keep(string runId, string scenarioId) => Put(runId, scenarioId, finished: null, kept: true);

    public Task<bool> IsKept(string runId) => Task.FromResult(state.State.Runs.Exists(r => r.RunId == runId));

    public Task<RunIndexView?> GetKept(long version)
    {
        if (version == state.State.Version)
            return Task.FromResult<RunIndexView?>(null);
        _view ??= new RunIndexView(
            state.State.Version,
            state.State.Runs.Select(r => r.RunId).ToList(),
            state.State.Runs.Select(r => r.ScenarioId).Distinct(StringComparer.Ordinal).ToList());
        return Task.FromResult<RunIndexView?>(_view);
    }

    /// <summary>Moves the run to the most recent end, then forgets the least recent finished runs beyond the bound.</summary>
    private async Task Put(string runId, string scenarioId, bool? finished, bool? kept)
    {
        var runs = state.State.Runs;
        var index = runs.FindIndex(r => r.RunId == runId);
        var before = index >= 0 ? runs[index] : new IndexedRun(runId, scenarioId, Finished: false, Kept: false);
        if (index >= 0)
            runs.RemoveAt(index);
        var run = before with { ScenarioId = scenarioId, Finished = finished ?? before.Finished, Kept = kept ?? before.Kept };
        if (run.Kept && !before.Kept)
        {
            // One kept run a scenario: the one shown now; an earlier one is an ordinary run again.
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Kept && runs[i].ScenarioId == scenarioId)
                    runs[i] = runs[i] with { Kept = false };
            }
        }

        runs.Add(run);
        var forgotten = new List<IndexedRun>();
        var max = options.Value.MaxFinishedRuns;
        while (runs.Count(r => r.Finished && !r.Kept) > max)
        {
            var oldest = runs.First(r => r.Finished && !r.Kept);
            runs.Remove(oldest);
            forgotten.Add(oldest);
        }

        state.State.Version++;
        _view = null;
        await state.WriteStateAsync();

        // One-way: the forgotten run clears its own state, after checking it was not started again meanwhile. Waiting
        // for it here could deadlock with a run that is itself waiting for this grain.
        foreach (var old in forgotten)
        {
            logger.LogInformation("Run {RunId} of scenario {Scenario} is forgotten: {Max} finished runs are kept", old.RunId, old.ScenarioId, max);
            await GrainFactory.GetGrain<IRunReports>(old.RunId).Forget(old.ScenarioId);
        }
    }
}

[GenerateSerializer, Alias("forecast.RunIndexState")]
public sealed class RunIndexState
{
    /// <summary>Least recently started or finished first.</summary>
    [Id(0)]
    public List<IndexedRun> Runs { get; set; } = [];

    /// <summary>Changes with every change to <see cref="Runs"/>, so readers fetch the list only when it changed.</summary>
    [Id(1)]
    public long Version { get; set; }
}

[GenerateSerializer, Immutable, Alias("forecast.IndexedRun")]
public sealed record IndexedRun(
    [property: Id(0)] string RunId,
    [property: Id(1)] string ScenarioId,
    [property: Id(2)] bool Finished,
    [property: Id(3)] bool Kept);
