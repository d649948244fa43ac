using System.Text.RegularExpressions;
using Forecast.Contracts;
using Forecast.Grains.Pairs;
using Forecast.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Serialization;
using Orleans.Storage;

namespace Forecast.Grains.Tests;

/// <summary>Start answers once the scenario is validated; the snapshot and the fan-out follow in the run's own turns.</summary>
public sealed partial class RunStartTests
{
    [Fact]
    public async Task Start_answers_before_the_snapshot_is_read_and_progress_shows_the_snapshot_phase()
    {
        var reads = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var catalog = SyntheticCatalog.TwoDistricts();
        await using var cluster = Shipped.Cluster(
            silos: 1,
            catalog: catalog,
            seedOnStart: false,
            storageFactory: services => new HeldPairReads(
                new CopyingMemoryGrainStorage(ForecastStorage.Name, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<DeepCopier>()),
                reads.Task));
        await cluster.DeployAsync();
        var scenario = Runs.Scenario(paths: 200);
        var run = cluster.Client.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));

        var started = await run.Start(scenario);
        var polled = await run.GetProgress();

        Assert.Equal(RunState.Running, started.State);
        Assert.Equal(RunState.Running, polled.State);
        Assert.Equal(SyntheticCatalog.Pairs.Length, polled.PairsTotal);
        var snapshot = SnapshotPhase().Match(polled.Phase ?? "");
        Assert.True(snapshot.Success, $"phase '{polled.Phase}'");
        Assert.Equal(catalog.Jurisdictions.Count, int.Parse(snapshot.Groups["total"].Value));
        Assert.True(int.Parse(snapshot.Groups["done"].Value) < catalog.Jurisdictions.Count, "the snapshot cannot end while the pairs' reads are held");

        reads.SetResult();
        var result = await Runs.RunToEnd(cluster.Client, scenario);

        Assert.Equal(SyntheticCatalog.Pairs.Order(StringComparer.Ordinal), result.Pairs.Select(p => p.Definition.Pair).Order(StringComparer.Ordinal));
        Assert.Null((await run.GetProgress()).Phase);
    }

    [Fact]
    public async Task A_run_started_again_keeps_its_stored_result_readable_while_it_takes_the_snapshot()
    {
        var gate = new PairReadGate();
        await using var cluster = await GatedCluster(gate);
        var scenario = Runs.Scenario(paths: 200);
        var run = cluster.Client.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
        await Runs.RunToEnd(cluster.Client, scenario);
        var stored = await run.GetOutline();

        await ForgetObservations(cluster);
        gate.Hold();
        var again = await run.Start(scenario);
        var during = await run.GetOutline();
        var phase = (await run.GetProgress()).Phase;
        gate.Release();
        await Runs.RunToEnd(cluster.Client, scenario);

        Assert.NotNull(stored);
        Assert.Equal(RunState.Running, again.State);
        Assert.StartsWith("snapshot", phase ?? "", StringComparison.Ordinal);
        Assert.Equal((stored.RunId, stored.StartedAt, stored.CompletedAt), (during?.RunId, during?.StartedAt, during?.CompletedAt));
        var after = await run.GetOutline();
        Assert.Equal((stored.RunId, stored.StartedAt, stored.CompletedAt), (after?.RunId, after?.StartedAt, after?.CompletedAt));
    }

    [Fact]
    public async Task A_run_started_again_whose_snapshot_fails_keeps_its_stored_result()
    {
        var gate = new PairReadGate();
        await using var cluster = await GatedCluster(gate);
        var scenario = Runs.Scenario(paths: 200);
        var run = cluster.Client.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
        await Runs.RunToEnd(cluster.Client, scenario);
        var stored = await run.GetOutline();

        await ForgetObservations(cluster);
        gate.Fail();
        await run.Start(scenario);
        var progress = await run.GetProgress();
        for (var polls = 0; progress.State == RunState.Running && polls < 600; polls++)
        {
            await Task.Delay(50);
            progress = await run.GetProgress();
        }

        Assert.Equal(RunState.Completed, progress.State);
        Assert.Contains("its snapshot failed", progress.Error ?? "", StringComparison.Ordinal);
        var kept = await run.GetOutline();
        Assert.Equal((stored!.RunId, stored.StartedAt, stored.CompletedAt), (kept?.RunId, kept?.StartedAt, kept?.CompletedAt));
    }

    /// <summary>The jurisdictions keep their pairs' observations once read: deactivated, they read storage again.</summary>
    private static async Task ForgetObservations(Orleans.TestingHost.InProcessTestCluster cluster)
    {
        foreach (var jurisdiction in SyntheticCatalog.TwoDistricts().Jurisdictions)
            await cluster.Client.GetGrain<IJurisdictionGrain>(jurisdiction.Id).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);
    }

    private static async Task<Orleans.TestingHost.InProcessTestCluster> GatedCluster(PairReadGate gate)
    {
        var cluster = Shipped.Cluster(
            silos: 1,
            catalog: SyntheticCatalog.TwoDistricts(),
            seedOnStart: false,
            storageFactory: services => new GatedPairReads(
                new CopyingMemoryGrainStorage(ForecastStorage.Name, services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<DeepCopier>()),
                gate));
        await cluster.DeployAsync();
        return cluster;
    }

    [GeneratedRegex(@"^snapshot (?<done>\d+)/(?<total>\d+) jurisdictions$")]
    private static partial Regex SnapshotPhase();

    /// <summary>Memory storage whose pairs' reads wait for <paramref name="released"/>, one by one (it reads no states together).</summary>
    private sealed class HeldPairReads(IGrainStorage inner, Task released) : IGrainStorage
    {
        public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (stateName == IndicatorGrain.StateName)
                await released;
            await inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }

    /// <summary>Whether the pairs' stored reads go through now, wait, or fail: a test's hand on the snapshot.</summary>
    private sealed class PairReadGate
    {
        private volatile TaskCompletionSource _open = Opened();
        private volatile bool _failing;

        public Task Passage => _failing ? Task.FromException(new IOException("SYNTHETIC storage failure")) : _open.Task;

        public void Hold() => _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _open.TrySetResult();

        public void Fail() => _failing = true;

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            open.SetResult();
            return open;
        }
    }

    /// <summary>Memory storage whose pairs' reads pass through <see cref="PairReadGate"/>, one by one.</summary>
    private sealed class GatedPairReads(IGrainStorage inner, PairReadGate gate) : IGrainStorage
    {
        public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (stateName == IndicatorGrain.StateName)
                await gate.Passage;
            await inner.ReadStateAsync(stateName, grainId, grainState);
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
