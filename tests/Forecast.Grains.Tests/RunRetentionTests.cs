using Forecast.Contracts;
using Forecast.Grains.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Forecast.Grains.Tests;

/// <summary>A cluster that keeps at most three finished runs: a fourth makes it forget the least recent one, state and all.</summary>
public sealed class RunRetentionTests : IAsyncLifetime
{
    private const int Kept = 3;
    private InProcessTestCluster _cluster = null!;

    private IGrainFactory Grains => _cluster.Client;

    private IRunIndexGrain Index => Grains.GetGrain<IRunIndexGrain>(RunIndex.Key);

    public async Task InitializeAsync()
    {
        _cluster = Shipped.Cluster(silos: 1, services => services.Configure<RunRetentionOptions>(o => o.MaxFinishedRuns = Kept), seedOnStart: false);
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private static Scenario Small(int i) => Runs.Scenario(seed: (ulong)i, paths: 200, id: $"retained-{i}", scope: ["zhenxing"]);

    private static string RunIdOf(int i) => ScenarioRuns.RunIdOf(Small(i));

    /// <summary>Whether the run's state is stored, read as the grain reads it.</summary>
    private async Task<bool> Stored(string runId)
    {
        var storage = _cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);
        var state = new GrainState<ScenarioRunState>(new ScenarioRunState());
        await storage.ReadStateAsync("run", Grains.GetGrain<IScenarioRunGrain>(runId).GetGrainId(), state);
        return state.RecordExists;
    }

    /// <summary>A forgotten run clears itself after a one-way message: wait (bounded) for it.</summary>
    private async Task UntilForgotten(string runId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await Stored(runId))
        {
            Assert.True(DateTime.UtcNow < deadline, $"run {runId} is still stored");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task No_more_finished_runs_are_kept_than_the_bound_and_the_least_recent_are_forgotten()
    {
        for (var i = 1; i <= 2 * Kept; i++)
            await Runs.RunToEnd(Grains, Small(i));

        var kept = await Index.GetKept(-1);
        Assert.Equal([RunIdOf(4), RunIdOf(5), RunIdOf(6)], kept!.RunIds);
        Assert.Equal(["retained-4", "retained-5", "retained-6"], kept.ScenarioIds);
        for (var i = 1; i <= Kept; i++)
        {
            await UntilForgotten(RunIdOf(i));
            Assert.Equal(RunState.NotStarted, (await Grains.GetGrain<IScenarioRunGrain>(RunIdOf(i)).GetProgress()).State);
            Assert.Null(await Grains.GetGrain<IJurisdictionGrain>("zhenxing").GetRollup($"retained-{i}"));
        }

        for (var i = Kept + 1; i <= 2 * Kept; i++)
        {
            Assert.True(await Stored(RunIdOf(i)));
            Assert.NotNull(await Grains.GetGrain<IJurisdictionGrain>("zhenxing").GetRollup($"retained-{i}"));
        }
    }

    [Fact]
    public async Task A_forgotten_run_leaves_no_part_with_its_jurisdictions()
    {
        for (var i = 1; i <= Kept + 1; i++)
            await Runs.RunToEnd(Grains, Small(i));
        await UntilForgotten(RunIdOf(1));

        var storage = _cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);
        var part = new GrainState<StoredRunPart>(new StoredRunPart());
        await storage.ReadStateAsync(RunParts.StateName(RunIdOf(1)), Grains.GetGrain<IJurisdictionRun>("zhenxing").GetGrainId(), part);
        Assert.False(part.RecordExists);
        Assert.Null(await Grains.GetGrain<IJurisdictionGrain>("zhenxing").GetRunPart(RunIdOf(1)));
        Assert.NotNull(await Grains.GetGrain<IJurisdictionGrain>("zhenxing").GetRunPart(RunIdOf(Kept + 1)));
    }

    [Fact]
    public async Task A_run_asked_for_again_becomes_the_most_recent_and_outlives_later_ones()
    {
        for (var i = 11; i <= 13; i++)
            await Runs.RunToEnd(Grains, Small(i));

        await Runs.RunToEnd(Grains, Small(11)); // the stored run, touched
        await Runs.RunToEnd(Grains, Small(14));

        var kept = await Index.GetKept(-1);
        Assert.Equal([RunIdOf(13), RunIdOf(11), RunIdOf(14)], kept!.RunIds.TakeLast(Kept));
        await UntilForgotten(RunIdOf(12));
        Assert.True(await Stored(RunIdOf(11)));
    }

    [Fact]
    public async Task The_run_kept_for_the_page_is_not_forgotten_whatever_else_runs()
    {
        await Runs.RunToEnd(Grains, Small(21));
        await Index.Keep(RunIdOf(21), "retained-21");
        for (var i = 22; i <= 22 + Kept; i++)
            await Runs.RunToEnd(Grains, Small(i));

        Assert.True(await Index.IsKept(RunIdOf(21)));
        Assert.True(await Stored(RunIdOf(21)));
        await UntilForgotten(RunIdOf(22));
    }

    [Fact]
    public void A_run_grain_is_collected_after_the_configured_idle_time_not_orleans_15_minutes()
    {
        var collection = _cluster.Silos[0].ServiceProvider.GetRequiredService<IOptions<GrainCollectionOptions>>().Value;

        Assert.Equal(new RunRetentionOptions().IdleRunCollectionAge, collection.ClassSpecificCollectionAge[typeof(ScenarioRunGrain).FullName!]);
        Assert.True(collection.ClassSpecificCollectionAge[typeof(ScenarioRunGrain).FullName!] < collection.CollectionAge);
    }
}
