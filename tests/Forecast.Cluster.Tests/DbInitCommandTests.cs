using Forecast.Cli;
using Forecast.Cli.Tests;
using Forecast.Hosting;
using Npgsql;

namespace Forecast.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class DbInitCommandTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Db_init_creates_the_database_and_runs_twice_cleanly()
    {
        var connection = cluster.Postgres.ConnectionString("db_init_twice");

        var first = ConsoleRun.Forecast("db", "init", "--connection", connection);
        var second = ConsoleRun.Forecast("db", "init", "--connection", connection);

        Assert.True(first.ExitCode == ExitCodes.Success, first.Output);
        Assert.True(second.ExitCode == ExitCodes.Success, second.Output);
        Assert.Contains("database ready", second.Output, StringComparison.Ordinal);
        var keys = await QueryKeysAsync(connection);
        Assert.Superset(DatabaseInitializer.RequiredQueryKeys.ToHashSet(), keys.ToHashSet());
        Assert.Contains("CleanupDefunctSiloEntriesKey", keys);
    }

    [Fact]
    public async Task Concurrent_db_inits_take_turns()
    {
        var connection = cluster.Postgres.ConnectionString("db_init_concurrent");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => DatabaseInitializer.InitializeAsync(connection))));

        Assert.All(results, r => Assert.Equal(results[0].QueryKeys, r.QueryKeys));
    }

    [Fact]
    public void A_malformed_connection_string_exits_2_naming_the_keyword()
    {
        var (exitCode, output) = ConsoleRun.Forecast("db", "init", "--connection", "Hots=127.0.0.1;Password=secret");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--connection", output, StringComparison.Ordinal);
        Assert.Contains("hots", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_exits_1_naming_it_without_the_password()
    {
        var closed = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = FreePort.Next(), Database = "x", Username = "u", Password = "secret", Timeout = 2 };

        var (exitCode, output) = ConsoleRun.Forecast("db", "init", "--connection", closed.ConnectionString);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains($"cannot reach PostgreSQL at Host=127.0.0.1;Port={closed.Port}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output, StringComparison.Ordinal);
    }

    private static async Task<List<string>> QueryKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
            keys.Add(reader.GetString(0));
        return keys;
    }
}
