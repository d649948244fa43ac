using Forecast.Contracts;

namespace Forecast.Cluster.Tests;

public sealed partial class ClusterRunTests
{
    [Fact, RunOrder(3)]
    public async Task A_silo_killed_in_the_middle_of_a_run_leaves_the_run_to_complete_with_identical_results()
    {
        await cluster.EnsureAllRunningAsync();
        var scenario = Scenarios.Baseline("baseline-kill");
        var runId = ScenarioRuns.RunIdOf(scenario);
        await using var client = await cluster.ConnectAsync();
        client.PollInterval = TimeSpan.FromMilliseconds(25);

        RunProgress? atKill = null;
        SiloProcess? killed = null;
        var killedOnce = new TaskCompletionSource<SiloProcess>(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new SynchronousProgress<RunProgress>(p =>
        {
            if (atKill is not null || p.State != RunState.Running || p.PairsDone == 0)
                return;
            atKill = p;
            // The worst case: the silo holding the run grain itself, found through Orleans' management grain.
            var host = client.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(client.Grains.GetGrain<IScenarioRunGrain>(runId)).AsTask().GetAwaiter().GetResult();
            killed = cluster.Silos.FirstOrDefault(s => host is not null && s.Settings["Forecast__Cluster__SiloPort"] == host.Endpoint.Port.ToString()) ?? cluster.Silos[0];
            killed.Kill();
            killedOnce.SetResult(killed);
        });

        var result = await client.RunToCompletionAsync(scenario, progress, timeout: TimeSpan.FromMinutes(3));

        Assert.True(killedOnce.Task.IsCompleted, "no silo was killed: the run never reported Running");
        output.WriteLine($"killed {killed!.Name} at {atKill!.PairsDone}/{atKill.PairsTotal} pairs");
        Assert.True(atKill.PairsDone < atKill.PairsTotal, $"the run had finished ({atKill.PairsDone}/{atKill.PairsTotal}) before the kill");
        Assert.False(killed.IsRunning);
        Assert.Empty(result.Failures);
        var (embedded, _) = await cluster.EmbeddedRunAsync(scenario);
        Assert.Equal(Scenarios.Comparable(embedded), Scenarios.Comparable(result));
    }
}
