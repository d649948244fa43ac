using System.Reflection;
using Npgsql;

namespace Forecast.Hosting;

/// <summary>What <see cref="DatabaseInitializer"/> left in the database.</summary>
/// <param name="Database">The database name.</param>
/// <param name="Scripts">The scripts applied, in order.</param>
/// <param name="QueryKeys">Every named query in OrleansQuery afterwards.</param>
public sealed record DatabaseInitialization(string Database, IReadOnlyList<string> Scripts, IReadOnlyList<string> QueryKeys);

/// <summary>
/// Applies the schema and named queries the Orleans ADO.NET providers need on PostgreSQL (main, clustering,
/// persistence), from SQL embedded in this assembly. Idempotent: the scripts only create what is missing and
/// upsert the queries, so it can run on every deployment and from several silos at once; a PostgreSQL advisory
/// lock makes concurrent runs take turns instead of racing on CREATE.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>The scripts in the order they must run.</summary>
    public static IReadOnlyList<string> Scripts { get; } = ["1-main.sql", "2-clustering.sql", "3-persistence.sql"];

    /// <summary>The query keys the Orleans 10.4 clustering and storage providers ask for at start.</summary>
    public static IReadOnlyList<string> RequiredQueryKeys { get; } =
    [
        "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
    ];

    // An arbitrary constant naming "forecast db init" among advisory locks.
    private const long AdvisoryLockKey = 0x666F7265636173; // "forecas"

    /// <summary>Reads one embedded script.</summary>
    public static string ReadScript(string name)
    {
        using var stream = typeof(DatabaseInitializer).Assembly.GetManifestResourceStream($"Forecast.Hosting.Sql.{name}")
            ?? throw new InvalidOperationException($"The SQL script {name} is not embedded in {typeof(DatabaseInitializer).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Applies every script, creating the database first if the server lacks it and the user may create it.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string; it is normalised as a silo's would be.</param>
    /// <exception cref="ForecastConfigurationException">The connection string is invalid.</exception>
    /// <exception cref="NpgsqlException">The server could not be reached or refused a statement.</exception>
    public static async Task<DatabaseInitialization> InitializeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        // db init runs alone and briefly; two connections are plenty.
        var normalized = PostgresConnectionString.Normalize(connectionString, maxPoolSize: 2);
        await using var connection = await OpenCreatingDatabaseAsync(normalized, cancellationToken);

        await Execute(connection, "SELECT pg_advisory_lock(@key)", AdvisoryLockKey, cancellationToken);
        try
        {
            foreach (var script in Scripts)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var command = new NpgsqlCommand(ReadScript(script), connection, transaction))
                    await command.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await Execute(connection, "SELECT pg_advisory_unlock(@key)", AdvisoryLockKey, CancellationToken.None);
        }

        var keys = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                keys.Add(reader.GetString(0));
        }

        var missing = RequiredQueryKeys.Except(keys, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"After db init, OrleansQuery still lacks {string.Join(", ", missing)}.");
        return new DatabaseInitialization(connection.Database, Scripts, keys);
    }

    private static async Task<NpgsqlConnection> OpenCreatingDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await connection.DisposeAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database ?? builder.Username
            ?? throw new InvalidOperationException("The connection string names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var admin = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", admin);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await create.ExecuteNonQueryAsync(cancellationToken);
                    break;
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
                {
                    // Another db init created it meanwhile.
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    // Two CREATE DATABASE at once: the second finds template1 in use. Take turns.
                    await Task.Delay(100 * attempt, cancellationToken);
                }
            }
        }

        connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
