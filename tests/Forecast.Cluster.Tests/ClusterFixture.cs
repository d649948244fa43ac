using System.Collections.Concurrent;
using Forecast.Catalog.Tests;
using Forecast.Contracts;
using Forecast.Hosting;
using Npgsql;

namespace Forecast.Cluster.Tests;

/// <summary>
/// PostgreSQL on loopback, <c>db init</c> applied, and three real silo processes (the built Forecast.Server) that
/// form one cluster through it. Tests that kill or stop silos call <see cref="EnsureAllRunningAsync"/> first, so
/// each starts from three healthy silos whatever ran before.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string ClusterId = "forecast-test";
    /// <summary>
    /// Process start, catalog load, and the join: a joining silo pings every active one for up to ProbeTimeout × 5 ×
    /// NumMissedProbesLimit (75 s with <see cref="ClusterSettings.Membership"/>) before it turns Active and answers
    /// /health. A loaded 2-core machine took over a minute to start a silo, so one minute failed healthy silos.
    /// </summary>
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromMinutes(2);

    private readonly string _logs = Directory.CreateTempSubdirectory("forecast-silos-").FullName;

    public PostgresServer Postgres { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public IReadOnlyList<SiloProcess> Silos { get; private set; } = [];

    private readonly SemaphoreSlim _embeddedLock = new(1, 1);
    private readonly ConcurrentDictionary<string, (RunResult Result, TimeSpan Elapsed)> _embeddedRuns = new();
    private SiloProcess? _embedded;
    private ForecastClusterClient? _embeddedClient;

    public async Task InitializeAsync()
    {
        Postgres = await PostgresServer.StartAsync();
        ConnectionString = Postgres.ConnectionString("forecast");
        await DatabaseInitializer.InitializeAsync(ConnectionString);

        Silos = Enumerable.Range(1, 3).Select(i =>
        {
            var settings = ClusterSettings.ForSilo(ConnectionString, ClusterId, FreePort.Next(), FreePort.Next());
            return new SiloProcess($"silo-{i}", settings, FreePort.Next(), _logs);
        }).ToList();
        foreach (var silo in Silos)
            silo.Start();
        await Task.WhenAll(Silos.Select(s => s.WaitHealthyAsync(HealthTimeout)));
    }

    /// <summary>Starts any silo a previous test stopped or killed, and waits until the table lists three active.</summary>
    public async Task EnsureAllRunningAsync()
    {
        var stopped = Silos.Where(s => !s.IsRunning).ToList();
        foreach (var silo in stopped)
            silo.Start();
        await Task.WhenAll(stopped.Select(s => s.WaitHealthyAsync(HealthTimeout)));
        await WaitUntilAsync(async () => (await ActiveSiloPortsAsync()).Count == Silos.Count, TimeSpan.FromSeconds(60), "three active silos in the membership table");
    }

    /// <summary>
    /// The same scenario run on the embedded default: one Forecast.Server process with localhost clustering and
    /// memory storage, started on first use. Cached per run id, with its wall time.
    /// </summary>
    public async Task<(RunResult Result, TimeSpan Elapsed)> EmbeddedRunAsync(Scenario scenario)
    {
        var runId = ScenarioRuns.RunIdOf(scenario);
        await _embeddedLock.WaitAsync();
        try
        {
            if (_embeddedRuns.TryGetValue(runId, out var cached))
                return cached;
            if (_embeddedClient is null)
            {
                var gateway = FreePort.Next();
                _embedded = new SiloProcess("embedded", new Dictionary<string, string>
                {
                    ["Forecast__DataDirectory"] = ShippedCatalog.Directory,
                    ["Forecast__Cluster__Mode"] = "Embedded",
                    ["Forecast__Cluster__SiloPort"] = FreePort.Next().ToString(),
                    ["Forecast__Cluster__GatewayPort"] = gateway.ToString(),
                    ["Forecast__Api__StartupScenario"] = "",
                }, FreePort.Next(), _logs);
                _embedded.Start();
                await _embedded.WaitHealthyAsync(HealthTimeout);
                _embeddedClient = await ForecastClusterClient.ConnectAsync(new ForecastClusterOptions { Mode = ClusterMode.Embedded, GatewayPort = gateway });
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = await _embeddedClient.RunToCompletionAsync(scenario, timeout: TimeSpan.FromMinutes(3), maxRestarts: 0);
            return _embeddedRuns[runId] = (result, clock.Elapsed);
        }
        finally
        {
            _embeddedLock.Release();
        }
    }

    public Task<ForecastClusterClient> ConnectAsync() =>
        ForecastClusterClient.ConnectAsync(ConnectionString, ClusterId, ClusterId);

    /// <summary>The silo ports the membership table lists as Active (status 3).</summary>
    public async Task<IReadOnlyList<int>> ActiveSiloPortsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT Port FROM OrleansMembershipTable WHERE DeploymentId = @id AND Status = 3 ORDER BY Port", connection);
        command.Parameters.AddWithValue("id", ClusterId);
        var ports = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ports.Add(reader.GetInt32(0));
        return ports;
    }

    public string Logs() => string.Join("\n", Silos.Select(s => $"== {s.Name}\n{s.Tail(15)}"));

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (await condition())
                    return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
                throw new TimeoutException($"waited {timeout} for {what}");
            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        if (_embeddedClient is not null)
            await _embeddedClient.DisposeAsync();
        if (_embedded is not null)
            await _embedded.DisposeAsync();
        await Task.WhenAll(Silos.Select(s => s.DisposeAsync().AsTask()));
        await Postgres.DisposeAsync();
        try
        {
            Directory.Delete(_logs, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
