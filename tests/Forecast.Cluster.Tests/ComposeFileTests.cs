using System.Reflection;
using Forecast.Hosting;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Orleans.Configuration;
using YamlDotNet.RepresentationModel;

namespace Forecast.Cluster.Tests;

/// <summary>
/// There is no Docker engine on these machines, so docker-compose.yml is checked here instead: its services, their
/// health checks and order, and that every Forecast process gets the settings the multi-process tests use, each a
/// real option that validates.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string[] ForecastServices = ["silo-1", "silo-2", "silo-3", "server"];
    private static readonly YamlMappingNode Services = LoadServices();

    [Fact]
    public void It_describes_postgres_a_db_init_job_three_silos_and_the_server()
    {
        Assert.Equal(["postgres", "db-init", "silo-1", "silo-2", "silo-3", "server"], Services.Children.Keys.Select(k => k.ToString()).ToList());
        Assert.StartsWith("postgres:17", Scalar(Service("postgres"), "image"), StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_and_every_forecast_process_have_a_health_check()
    {
        foreach (var name in ForecastServices.Append("postgres"))
        {
            var test = (YamlSequenceNode)Mapping(Service(name), "healthcheck")["test"];
            Assert.True(test.Children.Count >= 2, $"{name}: empty health check");
        }

        foreach (var name in ForecastServices)
            Assert.Contains("/health", string.Join(" ", ((YamlSequenceNode)Mapping(Service(name), "healthcheck")["test"]).Children), StringComparison.Ordinal);
    }

    [Fact]
    public void Db_init_runs_once_postgres_is_healthy_and_the_silos_wait_for_it()
    {
        var init = Service("db-init");
        Assert.Equal(["dotnet", "/app/cli/forecast.dll", "db", "init"], ((YamlSequenceNode)init["entrypoint"]).Children.Select(c => c.ToString()).ToList());
        Assert.Equal("service_healthy", DependsOn(init)["postgres"]);
        foreach (var silo in new[] { "silo-1", "silo-2", "silo-3" })
            Assert.Equal("service_completed_successfully", DependsOn(Service(silo))["db-init"]);
        Assert.Equal(
            new Dictionary<string, string> { ["silo-1"] = "service_healthy", ["silo-2"] = "service_healthy", ["silo-3"] = "service_healthy" },
            DependsOn(Service("server")));
    }

    [Fact]
    public void Every_forecast_process_gets_the_cluster_settings_the_tests_give_their_silos()
    {
        var testKeys = ClusterSettings.ForSilo("Host=x", "c", 1, 2).Keys.Where(k => k.StartsWith("Forecast__Cluster__", StringComparison.Ordinal)).Order().ToList();
        foreach (var name in ForecastServices)
        {
            var composeKeys = Environment(name).Keys.Where(k => k.StartsWith("Forecast__Cluster__", StringComparison.Ordinal)).Order().ToList();
            Assert.Equal(testKeys, composeKeys);
            foreach (var (key, value) in ClusterSettings.Membership)
                Assert.Equal(value, Environment(name)[key]);
        }

        // Everything but the address each advertises is the same for all four.
        var shared = ForecastServices.Select(n => Environment(n).Where(e => e.Key.StartsWith("Forecast__Cluster__", StringComparison.Ordinal) && !e.Key.EndsWith("AdvertisedAddress", StringComparison.Ordinal)).OrderBy(e => e.Key).ToList()).ToList();
        Assert.All(shared, s => Assert.Equal(shared[0], s));
        Assert.Equal(ForecastServices, ForecastServices.Select(n => Environment(n)["Forecast__Cluster__AdvertisedAddress"]));
    }

    [Fact]
    public void Every_cluster_setting_names_a_real_option_and_validates()
    {
        var optionNames = typeof(ForecastClusterOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();
        var membershipNames = typeof(ClusterMembershipOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();
        foreach (var name in ForecastServices)
        {
            var environment = Environment(name);
            foreach (var key in environment.Keys.Where(k => k.StartsWith("Forecast__Cluster__", StringComparison.Ordinal)))
            {
                var path = key["Forecast__Cluster__".Length..].Split("__");
                var known = path switch
                {
                    [var option] => optionNames.Contains(option),
                    ["Membership", var option] => membershipNames.Contains(option),
                    _ => false,
                };
                Assert.True(known, $"{name}: {key} is not a ForecastClusterOptions or ClusterMembershipOptions property");
            }

            var options = ForecastClusterOptions.Read(AsConfiguration(environment));
            Assert.Equal(ClusterMode.Postgres, options.Mode);
            Assert.Equal("forecast", options.ClusterId);
        }
    }

    [Fact]
    public void The_connection_string_names_the_compose_database_and_the_pools_fit_in_postgres_default_connections()
    {
        var postgres = Mapping(Service("postgres"), "environment");
        var pools = 0;
        foreach (var name in ForecastServices.Append("db-init"))
        {
            var connection = new NpgsqlConnectionStringBuilder(Environment(name)["Forecast__Cluster__ConnectionString"]);
            Assert.Equal("postgres", connection.Host);
            Assert.Equal(postgres["POSTGRES_DB"].ToString(), connection.Database);
            Assert.Equal(postgres["POSTGRES_USER"].ToString(), connection.Username);
            pools += Environment(name).TryGetValue("Forecast__Cluster__MaxPoolSize", out var size) ? int.Parse(size) : 2;
        }

        Assert.True(pools < 100, $"{pools} pooled connections would exhaust PostgreSQL's default max_connections of 100");
    }

    [Fact]
    public void Only_the_server_is_published_on_loopback_by_default_and_it_needs_a_writer_token()
    {
        Assert.Equal(["${FORECAST_BIND:-127.0.0.1}:5080:8080"], ((YamlSequenceNode)Service("server")["ports"]).Children.Select(c => c.ToString()).ToList());
        foreach (var name in new[] { "postgres", "db-init", "silo-1", "silo-2", "silo-3" })
            Assert.False(Service(name).Children.ContainsKey("ports"), $"{name} publishes ports");
        Assert.Matches(@"^\$\{FORECAST_WRITE_TOKEN:\?", Environment("server")["Forecast__Api__WriterToken"]);
    }

    [Fact]
    public void Operators_get_their_own_token_not_the_writers()
    {
        Assert.Equal("${FORECAST_OPERATOR_TOKEN:-}", Environment("server")["Forecast__Api__OperatorToken"]);
        Assert.DoesNotContain("FORECAST_WRITE_TOKEN", Environment("server")["Forecast__Api__OperatorToken"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_service_that_runs_the_forecast_image_builds_it()
    {
        foreach (var name in ForecastServices.Append("db-init"))
        {
            Assert.Equal("forecast:latest", Scalar(Service(name), "image"));
            Assert.Equal(".", Scalar(Service(name), "build"));
        }
    }

    private static YamlMappingNode LoadServices()
    {
        var path = Path.Combine(Repository.Root, "docker-compose.yml");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
            yaml.Load(reader);
        return Mapping((YamlMappingNode)yaml.Documents[0].RootNode, "services");
    }

    private static YamlMappingNode Service(string name) => Mapping(Services, name);

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static Dictionary<string, string> Environment(string service) =>
        Mapping(Service(service), "environment").Children.ToDictionary(e => e.Key.ToString(), e => ((YamlScalarNode)e.Value).Value ?? "");

    private static Dictionary<string, string> DependsOn(YamlMappingNode service) =>
        Mapping(service, "depends_on").Children.ToDictionary(e => e.Key.ToString(), e => ((YamlMappingNode)e.Value)["condition"].ToString());

    private static IConfiguration AsConfiguration(Dictionary<string, string> environment) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(environment.Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value)))
            .Build();
}
