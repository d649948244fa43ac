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

        Assert.All(cluster.Silos, silo =>
        {
            var log = File.ReadAllText(silo.LogPath);
            Assert.Contains("Rehearsed a run on", log);
            Assert.DoesNotContain("rehearsal of a run failed", log);
        });
    }
}
