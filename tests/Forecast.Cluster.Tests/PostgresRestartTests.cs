using Npgsql;

namespace Forecast.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Silos_recover_from_a_postgres_restart_while_idle_without_restarting_themselves()
    {
        await cluster.EnsureAllRunningAsync();
        var processesBefore = cluster.Silos.Select(s => s.ProcessId).ToList();
        var postmasterBefore = cluster.Postgres.ProcessId;

        await cluster.Postgres.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await cluster.Postgres.StartPostmasterAsync();
        var restartedAt = await ServerNowAsync();

        Assert.NotEqual(postmasterBefore, cluster.Postgres.ProcessId);
        // Every silo writes its heartbeat again through its own (bounded) Npgsql pool, which held only dead
        // connections to the old postmaster.
        await ClusterFixture.WaitUntilAsync(
            async () => (await HeartbeatsSinceAsync(restartedAt)) == cluster.Silos.Count,
            TimeSpan.FromSeconds(30),
            "a heartbeat from every silo after the restart");

        Assert.Equal(processesBefore, cluster.Silos.Select(s => s.ProcessId).ToList());
        Assert.Equal(3, (await cluster.ActiveSiloPortsAsync()).Count);
        await using var client = await cluster.ConnectAsync();
        var hosts = await client.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(3, hosts.Count);
    }

    private async Task<DateTime> ServerNowAsync()
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT now()", connection);
        return (DateTime)(await command.ExecuteScalarAsync())!;
    }

    private async Task<int> HeartbeatsSinceAsync(DateTime since)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @id AND Status = 3 AND IAmAliveTime > @since", connection);
        command.Parameters.AddWithValue("id", ClusterFixture.ClusterId);
        command.Parameters.AddWithValue("since", since);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }
}
