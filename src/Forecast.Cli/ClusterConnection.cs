using Forecast.Catalog;
using Forecast.Hosting;
using Forecast.Model.Forecasting;

namespace Forecast.Cli;

/// <summary>
/// Where a command's scenario runs: an embedded silo started for it (the default), or a running cluster on
/// PostgreSQL that it joins as a client (<c>--cluster CONN</c>). Either way the command talks to the grains through
/// one <see cref="IClusterClient"/>.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IAsyncDisposable _owner;

    private ClusterConnection(IClusterClient client, IAsyncDisposable owner)
    {
        Client = client;
        _owner = owner;
    }

    public IClusterClient Client { get; }

    /// <exception cref="ForecastConfigurationException">The connection string or cluster id is invalid.</exception>
    public static async Task<ClusterConnection> OpenAsync(string? connectionString, string clusterId, ForecastCatalog catalog, ForecastPriors priors, bool consoleTelemetry, CancellationToken cancellationToken)
    {
        if (connectionString is null)
        {
            var silo = await EmbeddedSilo.StartAsync(catalog, priors, consoleTelemetry, cancellationToken);
            return new ClusterConnection(silo.Client, silo);
        }

        // The silos read their own catalog and priors; the reports name the catalog hash the cluster ran on.
        var options = new ForecastClusterOptions { Mode = ClusterMode.Postgres, ConnectionString = connectionString, ClusterId = clusterId, ServiceId = clusterId };
        var client = await ForecastClusterClient.ConnectAsync(options, TimeSpan.FromSeconds(30), cancellationToken);
        return new ClusterConnection(client.Client, client);
    }

    public ValueTask DisposeAsync() => _owner.DisposeAsync();
}
