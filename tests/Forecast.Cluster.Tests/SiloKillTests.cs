using Forecast.Catalog.Tests;
using Forecast.Contracts;
using Forecast.Hosting;
using Forecast.Grains.Runs;

namespace Forecast.Cluster.Tests;

public sealed partial class ClusterRunTests
{
    [Fact, RunOrder(3)]
    public async Task A_run_whose_silo_is_killed_resumes_itself_on_another_with_identical_results()
    {
        await cluster.EnsureAllRunningAsync();
        var scenario = Scenarios.Baseline("baseline-kill-run-host");
        await using var client = await cluster.ConnectAsync();
        var run = client.Grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));

        var started = await run.Start(scenario);
        var host = await SiloHostingAsync(client, run);
        host.Kill();
        var killed = System.Diagnostics.Stopwatch.StartNew();

        // Nobody starts it again: the client only polls, as a dashboard would.
        var result = await PollToCompletionAsync(client.Grains, run);
        output.WriteLine($"recovery: the run completed {killed.Elapsed.TotalSeconds:F1} s after {host.Name} was killed");

        Assert.Equal(RunState.Running, started.State);
        Assert.False(host.IsRunning);
        Assert.Empty(result.Failures);
        var (embedded, _) = await cluster.EmbeddedRunAsync(scenario);
        Assert.Equal(Scenarios.Comparable(embedded), Scenarios.Comparable(result));
    }

    [Fact, RunOrder(3)]
    public async Task A_silo_killed_under_a_run_leaves_the_run_to_complete_with_identical_results()
    {
        await cluster.EnsureAllRunningAsync();
        var scenario = Scenarios.Baseline("baseline-kill-subtree-host");
        await using var client = await cluster.ConnectAsync();
        var run = client.Grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));

        var started = await run.Start(scenario);
        // Start has activated every jurisdiction (it snapshots their observations): kill the silo, other than the
        // run's own, that holds the most of them.
        var runHost = await SiloHostingAsync(client, run);
        var hosts = new List<SiloProcess>();
        foreach (var jurisdiction in ShippedCatalog.Catalog.Jurisdictions)
            hosts.Add(await SiloHostingAsync(client, client.Grains.GetGrain<IJurisdictionRun>(jurisdiction.Id)));
        var victim = hosts.Where(h => h != runHost).GroupBy(h => h).OrderByDescending(g => g.Count()).FirstOrDefault();
        Assert.True(victim is not null, "every jurisdiction is on the run's own silo: jurisdictions are placed at random, so this should not happen");
        victim!.Key.Kill();
        var killed = System.Diagnostics.Stopwatch.StartNew();
        output.WriteLine($"killed {victim.Key.Name}, holding {victim.Count()} of {hosts.Count} jurisdictions");

        var result = await PollToCompletionAsync(client.Grains, run);
        output.WriteLine($"recovery: the run completed {killed.Elapsed.TotalSeconds:F1} s after {victim.Key.Name} was killed");

        Assert.Equal(RunState.Running, started.State);
        Assert.Empty(result.Failures);
        var (embedded, _) = await cluster.EmbeddedRunAsync(scenario);
        Assert.Equal(Scenarios.Comparable(embedded), Scenarios.Comparable(result));
    }

    private async Task<SiloProcess> SiloHostingAsync(ForecastClusterClient client, IAddressable grain)
    {
        var address = await client.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain)
            ?? throw new InvalidOperationException($"{grain} has no activation");
        return cluster.Silos.Single(s => s.Settings["Forecast__Cluster__SiloPort"] == address.Endpoint.Port.ToString());
    }

    /// <summary>Polls the run's progress, riding out the calls that fail until the cluster declares the dead silo dead.</summary>
    private async Task<RunResult> PollToCompletionAsync(IGrainFactory grains, IScenarioRunGrain run)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var progress = await run.GetProgress();
                if (progress.State is RunState.Failed or RunState.NotStarted)
                    Assert.Fail($"the run reads {progress.State} ({progress.Error}) after the kill\n{cluster.Logs()}");
                if (progress.State == RunState.Completed && await RunResults.ReadAsync(grains, run.GetPrimaryKeyString()) is { } result)
                    return result;
            }
            catch (Exception e) when (e is TimeoutException or OrleansException)
            {
                output.WriteLine($"while the silo is declared dead: {e.GetType().Name}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the run did not complete within 3 minutes\n{cluster.Logs()}");
    }
}
