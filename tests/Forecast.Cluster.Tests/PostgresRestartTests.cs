using Forecast.Catalog.Tests;
using Forecast.Contracts;
using Npgsql;

namespace Forecast.Cluster.Tests;

public sealed partial class ClusterRunTests
{
    /// <summary>Records an observation: after the runs that compare numbers.</summary>
    [Fact, RunOrder(4)]
    public async Task Silos_recover_from_a_postgres_restart_while_idle_without_restarting_themselves()
    {
        await cluster.EnsureAllRunningAsync();
        var processesBefore = cluster.Silos.Select(s => s.ProcessId).ToList();
        var postmasterBefore = cluster.Postgres.ProcessId;

        await cluster.Postgres.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await cluster.Postgres.StartPostmasterAsync();
        var restarted = System.Diagnostics.Stopwatch.StartNew();
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

        // Grain storage's pool recovers too: an observation written after the restart is stored and read back.
        var (pair, year, value) = ObservablePairs(ShippedCatalog.Catalog).Last();
        var grain = client.Grains.GetGrain<IIndicatorGrain>(pair);
        var written = await grain.RecordObservation(new ObservationInput(year, value, "after the PostgreSQL restart", "cluster test"));
        Assert.Contains(written, await grain.GetObservations());
        Assert.Equal(1, await StoredRowsAsync(pair));
        output.WriteLine($"recovery: every silo heartbeat and stored again {restarted.Elapsed.TotalSeconds:F1} s after PostgreSQL came back");
    }

    private async Task<long> StoredRowsAsync(string pair)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM OrleansStorage WHERE ServiceId = @service AND GrainIdExtensionString = @pair AND convert_from(PayloadBinary, 'UTF8') LIKE '%after the PostgreSQL restart%'", connection);
        command.Parameters.AddWithValue("service", ClusterFixture.ClusterId);
        command.Parameters.AddWithValue("pair", pair);
        return (long)(await command.ExecuteScalarAsync())!;
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
