using Npgsql;

namespace Forecast.Hosting.Tests;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void The_pool_is_bounded_where_npgsql_would_allow_100()
    {
        var normalized = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=db;Database=forecast", 20));

        Assert.Equal(20, normalized.MaxPoolSize);
    }

    [Fact]
    public void A_larger_pool_asked_for_is_lowered_to_the_bound()
    {
        var normalized = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=db;Maximum Pool Size=100;Minimum Pool Size=50", 20));

        Assert.Equal(20, normalized.MaxPoolSize);
        Assert.Equal(20, normalized.MinPoolSize);
    }

    [Fact]
    public void A_smaller_pool_asked_for_is_kept()
    {
        var normalized = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=db;Maximum Pool Size=5", 20));

        Assert.Equal(5, normalized.MaxPoolSize);
    }

    [Fact]
    public void Keepalive_is_set_unless_given()
    {
        Assert.Equal(PostgresConnectionString.KeepaliveSeconds, new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=db", 20)).KeepAlive);
        Assert.Equal(60, new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=db;Keepalive=60", 20)).KeepAlive);
    }

    [Fact]
    public void Redacting_hides_the_password()
    {
        var redacted = PostgresConnectionString.Redact("Host=db;Username=u;Password=hunter2");

        Assert.DoesNotContain("hunter2", redacted, StringComparison.Ordinal);
        Assert.Contains("Host=db", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_without_a_host_is_a_problem()
    {
        Assert.Equal("names no Host.", PostgresConnectionString.Problem("Database=forecast"));
        Assert.Null(PostgresConnectionString.Problem("Host=db;Database=forecast"));
    }
}
