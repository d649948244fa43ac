namespace Forecast.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ClusterFormationTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Three_silo_processes_form_one_cluster_through_postgres()
    {
        await cluster.EnsureAllRunningAsync();

        var processes = cluster.Silos.Select(s => s.ProcessId).ToList();
        Assert.Equal(3, processes.Distinct().Count());
        Assert.DoesNotContain(0, processes);

        var expectedPorts = cluster.Silos.Select(s => int.Parse(s.Settings["Forecast__Cluster__SiloPort"])).Order().ToList();
        Assert.Equal(expectedPorts, await cluster.ActiveSiloPortsAsync());

        await using var client = await cluster.ConnectAsync();
        var hosts = await client.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(expectedPorts, hosts.Keys.Select(h => h.Endpoint.Port).Order().ToList());
    }

    [Fact]
    public async Task Each_silo_process_rehearses_a_run_through_postgres_before_it_serves()
    {
        await cluster.EnsureAllRunningAsync();

        // A silo's log runs on across its restarts in other tests, where a rehearsal may meet a cluster in trouble:
        // what this asserts is that each silo process has rehearsed through PostgreSQL to the end.
        Assert.All(cluster.Silos, silo => Assert.Contains("Rehearsed a run on", File.ReadAllText(silo.LogPath)));
    }
}
