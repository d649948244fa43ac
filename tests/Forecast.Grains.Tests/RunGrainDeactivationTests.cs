using Forecast.Contracts;
using Forecast.Grains.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.TestingHost;

namespace Forecast.Grains.Tests;

/// <summary>
/// When a silo dies, Orleans deactivates every activation on the other silos whose directory entry the dead silo held;
/// one that is busy keeps running its requests but holds every new call until they end. A run grain in the middle of
/// its run is one of them a third of the time on three silos (issue 16: a run under a silo kill hung for minutes and
/// every progress poll timed out). Deactivating it by hand while its run is in flight does the same.
/// </summary>
public sealed class RunGrainDeactivationTests : IAsyncLifetime
{
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = Shipped.Cluster(silos: 1, services => services.AddSingleton<IPairForecaster, HeldPairForecaster>(), seedOnStart: false);
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        HeldPairForecaster.Release();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task A_run_whose_grain_begins_deactivating_mid_run_completes()
    {
        var scenario = Runs.Scenario(seed: HeldPairForecaster.Seed, paths: 200, id: "deactivated-mid-run", scope: ["dandong"]);
        var run = _cluster.Client.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
        await run.Start(scenario);
        await HeldPairForecaster.WaitUntilHeldAsync(TimeSpan.FromSeconds(30));

        // What the runtime does to the activation when the silo holding its directory entry dies.
        await run.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        HeldPairForecaster.Release();

        // The held calls are answered once the run ends, by the grain's next activation from the stored run.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        RunProgress progress;
        do
        {
            await Task.Delay(50);
            var remaining = deadline - DateTime.UtcNow;
            Assert.True(remaining > TimeSpan.Zero, "the run did not end within 60 s of its grain beginning to deactivate");
            progress = await run.GetProgress().WaitAsync(remaining);
        }
        while (progress.State is RunState.Running);

        Assert.Equal(RunState.Completed, progress.State);
        Assert.NotNull(await RunResults.ReadAsync(_cluster.Client, run.GetPrimaryKeyString()));
    }
}
