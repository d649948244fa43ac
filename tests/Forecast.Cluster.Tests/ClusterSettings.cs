using Forecast.Catalog.Tests;

namespace Forecast.Cluster.Tests;

/// <summary>
/// The settings every silo process gets, as environment variables, exactly as docker-compose.yml spells them
/// (ComposeFileTests holds the two together).
/// </summary>
public static class ClusterSettings
{
    /// <summary>
    /// Membership timing. Probes keep Orleans' defaults (5 s, 3 missed): with 2 s × 2, on a loaded 2-core machine,
    /// a joining silo failed its connectivity check (2 s pings for ProbeTimeout × 5 × NumMissedProbesLimit = 20 s)
    /// and probes of live silos took up to 4 s, two of which suspect a silo (and once a kill leaves two silos, one
    /// survivor's vote evicts the other). Heartbeats and table refreshes every 5 s still get a killed silo declared
    /// dead within seconds.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Membership { get; } = new Dictionary<string, string>
    {
        ["Forecast__Cluster__Membership__ProbeTimeout"] = "00:00:05",
        ["Forecast__Cluster__Membership__NumMissedProbesLimit"] = "3",
        ["Forecast__Cluster__Membership__IAmAliveTablePublishTimeout"] = "00:00:05",
        ["Forecast__Cluster__Membership__TableRefreshTimeout"] = "00:00:05",
    };

    public static Dictionary<string, string> ForSilo(string connectionString, string clusterId, int siloPort, int gatewayPort)
    {
        var settings = new Dictionary<string, string>
        {
            ["Forecast__DataDirectory"] = ShippedCatalog.Directory,
            ["Forecast__Cluster__Mode"] = "Postgres",
            ["Forecast__Cluster__ConnectionString"] = connectionString,
            ["Forecast__Cluster__ClusterId"] = clusterId,
            ["Forecast__Cluster__ServiceId"] = clusterId,
            ["Forecast__Cluster__SiloPort"] = siloPort.ToString(),
            ["Forecast__Cluster__GatewayPort"] = gatewayPort.ToString(),
            ["Forecast__Cluster__AdvertisedAddress"] = "127.0.0.1",
            ["Forecast__Cluster__MaxPoolSize"] = "20",
            // Silos host grains; runs are started by the tests (and in compose by the server alone).
            ["Forecast__Api__StartupScenario"] = "",
        };
        foreach (var (key, value) in Membership)
            settings[key] = value;
        return settings;
    }
}
