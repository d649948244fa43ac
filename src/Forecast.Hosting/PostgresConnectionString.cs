using Npgsql;

namespace Forecast.Hosting;

/// <summary>
/// Normalises a PostgreSQL connection string for silos and clients. Npgsql's default pool of 100 per process means
/// two silos under load can take every one of PostgreSQL's default 100 connections, so the pool is bounded; TCP
/// keepalive lets a pooled connection to a restarted or vanished server be noticed rather than hang.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>Seconds between keepalive probes on an idle connection.</summary>
    public const int KeepaliveSeconds = 15;

    /// <summary>
    /// The same connection with Maximum Pool Size at most <paramref name="maxPoolSize"/> (a smaller value already
    /// given is kept), Keepalive set unless a nonzero one is given, and an application name for pg_stat_activity.
    /// </summary>
    /// <exception cref="ForecastConfigurationException">The string is not a valid Npgsql connection string.</exception>
    public static string Normalize(string connectionString, int maxPoolSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoolSize, 1);
        var builder = Parse(connectionString);
        // Npgsql's builder reports its defaults as values, so "not given" reads as the default (pool 100, keepalive 0).
        builder.MaxPoolSize = Math.Min(builder.MaxPoolSize, maxPoolSize);
        if (builder.MinPoolSize > builder.MaxPoolSize)
            builder.MinPoolSize = builder.MaxPoolSize;
        if (builder.KeepAlive == 0)
            builder.KeepAlive = KeepaliveSeconds;
        if (string.IsNullOrEmpty(builder.ApplicationName))
            builder.ApplicationName = "forecast";
        return builder.ConnectionString;
    }

    /// <summary>Why the string is unusable, without echoing it (it may hold a password); null when usable.</summary>
    public static string? Problem(string connectionString)
    {
        try
        {
            var builder = Parse(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "names no Host." : null;
        }
        catch (ForecastConfigurationException e)
        {
            return e.Message;
        }
    }

    /// <summary>The connection string with its password replaced, for messages and logs.</summary>
    public static string Redact(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (builder.Password is not null)
                builder.Password = "***";
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unparseable connection string)";
        }
    }

    private static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // Npgsql's message names the offending keyword or value, never the whole string.
            throw new ForecastConfigurationException($"not a valid PostgreSQL connection string: {e.Message}");
        }
    }
}
