using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Forecast.Hosting;

public static class ForecastClientBuilderExtensions
{
    /// <summary>
    /// Points a client at the cluster the <c>Forecast:Cluster</c> section describes: the embedded silo's gateway on
    /// loopback, or the gateways PostgreSQL's membership table lists.
    /// </summary>
    /// <exception cref="ForecastConfigurationException">The section is invalid.</exception>
    public static IClientBuilder UseForecastCluster(this IClientBuilder client, IConfiguration configuration) =>
        client.UseForecastCluster(ForecastClusterOptions.Read(configuration));

    /// <inheritdoc cref="UseForecastCluster(IClientBuilder, IConfiguration)"/>
    public static IClientBuilder UseForecastCluster(this IClientBuilder client, ForecastClusterOptions options)
    {
        ForecastSiloBuilderExtensions.ThrowIfInvalid(options);
        client.Services.AddClusterExceptionSerialization();
        if (options.Mode == ClusterMode.Embedded)
            return client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);

        var connectionString = options.NormalizedConnectionString();
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        // A dead gateway is dropped from the list at once; refresh the list often enough to pick up a restarted one.
        client.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        client.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = PostgresProvider.Invariant;
            clustering.ConnectionString = connectionString;
        });
        return client;
    }
}
