using System.Diagnostics;
using Forecast.Contracts;

namespace Forecast.Cluster.Tests;

public sealed partial class ClusterRunTests
{
    [Fact, RunOrder(1)]
    public async Task The_baseline_on_three_silos_gives_the_bytes_of_the_embedded_single_silo_run()
    {
        await cluster.EnsureAllRunningAsync();
        var scenario = Scenarios.Baseline();
        var (embedded, embeddedTime) = await cluster.EmbeddedRunAsync(scenario);

        await using var client = await cluster.ConnectAsync();
        var clock = Stopwatch.StartNew();
        var clustered = await client.RunToCompletionAsync(scenario, timeout: TimeSpan.FromMinutes(3), maxRestarts: 0);
        var clusterTime = clock.Elapsed;

        output.WriteLine($"baseline: {embedded.Pairs.Count} pairs; embedded single silo {embeddedTime.TotalSeconds:F2} s, three silos {clusterTime.TotalSeconds:F2} s");
        Assert.Equal(ScenarioRuns.RunIdOf(scenario), clustered.RunId);
        Assert.True(clustered.Pairs.Count > 600, $"only {clustered.Pairs.Count} pairs forecast");
        Assert.Empty(clustered.Failures);
        Assert.Equal(Scenarios.Comparable(embedded), Scenarios.Comparable(clustered));
    }
}
