using Microsoft.Extensions.Configuration;

namespace Forecast.Hosting.Tests;

public sealed class ForecastClusterOptionsTests
{
    [Fact]
    public void Without_a_section_the_cluster_is_embedded_on_the_default_ports()
    {
        var options = ForecastClusterOptions.Read(Configuration());

        Assert.Equal(ClusterMode.Embedded, options.Mode);
        Assert.Equal(11111, options.SiloPort);
        Assert.Equal(30000, options.GatewayPort);
        Assert.Equal(20, options.MaxPoolSize);
    }

    [Fact]
    public void Postgres_mode_reads_every_key()
    {
        var options = ForecastClusterOptions.Read(Configuration(
            ("Mode", "postgres"), ("ConnectionString", "Host=db;Database=forecast;Username=u"), ("ClusterId", "prod"),
            ("ServiceId", "forecast-prod"), ("SiloPort", "12000"), ("GatewayPort", "32000"), ("AdvertisedAddress", "10.0.0.7"),
            ("MaxPoolSize", "10"), ("InitializeDatabase", "true")));

        Assert.Equal(ClusterMode.Postgres, options.Mode);
        Assert.Equal("prod", options.ClusterId);
        Assert.Equal("forecast-prod", options.ServiceId);
        Assert.Equal((12000, 32000), (options.SiloPort, options.GatewayPort));
        Assert.Equal("10.0.0.7", options.AdvertisedAddress);
        Assert.Equal(10, options.MaxPoolSize);
        Assert.True(options.InitializeDatabase);
    }

    [Fact]
    public void An_unknown_mode_is_named_with_the_modes_there_are()
    {
        var error = Assert.Throws<ForecastConfigurationException>(() => ForecastClusterOptions.Read(Configuration(("Mode", "Postgress"))));

        Assert.Contains("Forecast:Cluster:Mode: 'Postgress' is not one of Embedded, Postgres.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numeric_mode_is_not_accepted_as_an_enum_value()
    {
        Assert.Throws<ForecastConfigurationException>(() => ForecastClusterOptions.Read(Configuration(("Mode", "1"))));
    }

    [Fact]
    public void Postgres_mode_without_a_connection_string_says_which_key_is_missing()
    {
        var error = Assert.Throws<ForecastConfigurationException>(() => ForecastClusterOptions.Read(Configuration(("Mode", "Postgres"))));

        Assert.Contains("Forecast:Cluster:ConnectionString: required when Mode is Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var error = Assert.Throws<ForecastConfigurationException>(() => ForecastClusterOptions.Read(Configuration(
            ("SiloPort", "eleven"), ("GatewayPort", "70000"), ("MaxPoolSize", "500"), ("ClusterId", "a b"), ("InitializeDatabase", "yes"))));

        Assert.Contains("Forecast:Cluster:SiloPort: 'eleven' is not a whole number.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forecast:Cluster:GatewayPort: 70000 is not a TCP port", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forecast:Cluster:MaxPoolSize: 500 is outside 1..100.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forecast:Cluster:ClusterId: 'a b' must be", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forecast:Cluster:InitializeDatabase: 'yes' is not true or false.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_silo_and_gateway_ports_must_differ()
    {
        var error = Assert.Throws<ForecastConfigurationException>(() => ForecastClusterOptions.Read(Configuration(("SiloPort", "30000"))));

        Assert.Contains("GatewayPort: must differ from SiloPort (30000)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_named_without_echoing_its_password()
    {
        var error = Assert.Throws<ForecastConfigurationException>(() => ForecastClusterOptions.Read(Configuration(
            ("Mode", "Postgres"), ("ConnectionString", "Hots=db;Password=hunter2"))));

        Assert.Contains("Forecast:Cluster:ConnectionString: not a valid PostgreSQL connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create($"{ForecastClusterOptions.Section}:{v.Key}", (string?)v.Value)))
            .Build();
}
