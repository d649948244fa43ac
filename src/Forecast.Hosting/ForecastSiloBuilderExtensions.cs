using System.Net;
using System.Net.Sockets;
using Forecast.Grains;
using Forecast.Grains.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;

namespace Forecast.Hosting;

public static class ForecastSiloBuilderExtensions
{
    /// <summary>
    /// Configures how this silo finds the others and where grain state lives, from the <c>Forecast:Cluster</c>
    /// section: localhost clustering and memory storage when embedded; ADO.NET clustering and ADO.NET grain storage
    /// named <see cref="ForecastStorage.Name"/> on PostgreSQL (Npgsql) otherwise, the state stored as JSON by
    /// <see cref="ForecastGrainStateSerializer"/>. Membership timing can be tuned under
    /// <c>Forecast:Cluster:Membership</c> (Orleans' ClusterMembershipOptions, e.g. ProbeTimeout).
    /// </summary>
    /// <exception cref="ForecastConfigurationException">The section is invalid.</exception>
    public static ISiloBuilder UseForecastCluster(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = ForecastClusterOptions.Read(configuration);
        silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection(ForecastClusterOptions.Section + ":Membership"));
        return silo.UseForecastCluster(options);
    }

    /// <inheritdoc cref="UseForecastCluster(ISiloBuilder, IConfiguration)"/>
    public static ISiloBuilder UseForecastCluster(this ISiloBuilder silo, ForecastClusterOptions options)
    {
        ThrowIfInvalid(options);
        silo.Services.AddSingleton(options);
        silo.Services.AddClusterExceptionSerialization();

        if (options.Mode == ClusterMode.Embedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            return silo.AddForecastMemoryStorage();
        }

        var connectionString = options.NormalizedConnectionString();
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        if (options.AdvertisedAddress is null)
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
        else
            silo.ConfigureEndpoints(ResolveAddress(options.AdvertisedAddress), options.SiloPort, options.GatewayPort);

        silo.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = PostgresProvider.Invariant;
            clustering.ConnectionString = connectionString;
        });
        var serializer = new ForecastGrainStateSerializer();
        silo.AddAdoNetGrainStorage(ForecastStorage.Name, storage =>
        {
            storage.Invariant = PostgresProvider.Invariant;
            storage.ConnectionString = connectionString;
            storage.GrainStorageSerializer = serializer;
        });
        // The same serializer for the silo's rehearsal of a run (SiloRehearsal), which passes every stored state through it.
        silo.Services.AddKeyedSingleton<IGrainStorageSerializer>(ForecastStorage.Name, serializer);
        // A run's snapshot reads a jurisdiction's pairs in one query of the same rows.
        silo.Services.AddKeyedSingleton<IGrainStateQuery>(ForecastStorage.Name, (_, _) => new PostgresGrainStateQuery(connectionString, options.ServiceId, serializer));
        if (options.InitializeDatabase)
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
                new DatabaseInitializationParticipant(connectionString, services.GetRequiredService<ILogger<DatabaseInitializationParticipant>>()));
        return silo;
    }

    internal static void ThrowIfInvalid(ForecastClusterOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
            throw new ForecastConfigurationException("invalid cluster configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors));
    }

    private static IPAddress ResolveAddress(string address)
    {
        if (IPAddress.TryParse(address, out var ip))
            return ip;
        try
        {
            return Dns.GetHostAddresses(address).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new ForecastConfigurationException($"{ForecastClusterOptions.Section}:AdvertisedAddress: '{address}' has no IPv4 address.");
        }
        catch (SocketException e)
        {
            throw new ForecastConfigurationException($"{ForecastClusterOptions.Section}:AdvertisedAddress: cannot resolve '{address}': {e.Message}");
        }
    }

    /// <summary>Applies the schema before the membership table or the storage provider first read it.</summary>
    private sealed class DatabaseInitializationParticipant(string connectionString, ILogger<DatabaseInitializationParticipant> logger)
        : ILifecycleParticipant<ISiloLifecycle>
    {
        public void Participate(ISiloLifecycle lifecycle) =>
            lifecycle.Subscribe(nameof(DatabaseInitializationParticipant), ServiceLifecycleStage.First, async cancellationToken =>
            {
                var result = await DatabaseInitializer.InitializeAsync(connectionString, cancellationToken);
                logger.LogInformation("Database {Database} initialised: {Count} named queries", result.Database, result.QueryKeys.Count);
            });
    }
}
