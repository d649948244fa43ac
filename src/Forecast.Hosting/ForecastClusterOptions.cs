using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Forecast.Hosting;

/// <summary>
/// The <c>Forecast:Cluster</c> configuration section: one switch from the embedded default (localhost clustering,
/// memory storage) to silos sharing PostgreSQL (ADO.NET clustering and grain storage). The server, the CLI and
/// docker-compose.yml (as <c>Forecast__Cluster__*</c> environment variables) all read it.
/// </summary>
public sealed class ForecastClusterOptions
{
    public const string Section = "Forecast:Cluster";

    /// <summary>The largest pool a silo may open: several silos times the pool must stay under PostgreSQL's
    /// max_connections (100 by default), and Npgsql's own default pool is 100.</summary>
    public const int PoolSizeLimit = 100;

    public ClusterMode Mode { get; set; } = ClusterMode.Embedded;

    /// <summary>Npgsql connection string; required in <see cref="ClusterMode.Postgres"/> mode.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Names one cluster in the membership table; silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "forecast";

    /// <summary>Names the service whose grain state is stored; keep it across deployments to keep the state.</summary>
    public string ServiceId { get; set; } = "forecast";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Gateway port, where clients (the CLI, the server's own client) connect.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this silo at (an IP or a host name); empty means
    /// loopback when embedded, and this host's first IPv4 address in a cluster, listening on every interface.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Upper bound on the Npgsql pool of each silo or client (Maximum Pool Size).</summary>
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>Apply the schema (as <c>forecast db init</c> does) when the silo starts.</summary>
    public bool InitializeDatabase { get; set; }

    /// <summary>
    /// Reads and validates the section. Values are parsed here rather than by the configuration binder so that a
    /// wrong value is named with its key, and every problem is reported at once.
    /// </summary>
    /// <exception cref="ForecastConfigurationException">Some value is missing or invalid.</exception>
    public static ForecastClusterOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new ForecastClusterOptions();
        var errors = new List<string>();

        if (section["Mode"] is { Length: > 0 } mode)
        {
            if (Enum.TryParse<ClusterMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !mode.Any(char.IsDigit))
                options.Mode = parsed;
            else
                errors.Add($"{Section}:Mode: '{mode}' is not one of {string.Join(", ", Enum.GetNames<ClusterMode>())}.");
        }

        options.ConnectionString = Blank(section["ConnectionString"]);
        options.ClusterId = Blank(section["ClusterId"]) ?? options.ClusterId;
        options.ServiceId = Blank(section["ServiceId"]) ?? options.ServiceId;
        options.AdvertisedAddress = Blank(section["AdvertisedAddress"]);
        options.SiloPort = Integer(section, "SiloPort", options.SiloPort, errors);
        options.GatewayPort = Integer(section, "GatewayPort", options.GatewayPort, errors);
        options.MaxPoolSize = Integer(section, "MaxPoolSize", options.MaxPoolSize, errors);
        if (section["InitializeDatabase"] is { Length: > 0 } init)
        {
            if (bool.TryParse(init, out var value))
                options.InitializeDatabase = value;
            else
                errors.Add($"{Section}:InitializeDatabase: '{init}' is not true or false.");
        }

        errors.AddRange(options.Validate());
        if (errors.Count > 0)
            throw new ForecastConfigurationException("invalid cluster configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors));
        return options;
    }

    /// <summary>Every problem with these values, each naming its key; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Mode))
            errors.Add($"{Section}:Mode: {(int)Mode} is not one of {string.Join(", ", Enum.GetNames<ClusterMode>())}.");
        CheckName(nameof(ClusterId), ClusterId, errors);
        CheckName(nameof(ServiceId), ServiceId, errors);
        CheckPort(nameof(SiloPort), SiloPort, errors);
        CheckPort(nameof(GatewayPort), GatewayPort, errors);
        if (SiloPort == GatewayPort)
            errors.Add($"{Section}:GatewayPort: must differ from SiloPort ({SiloPort}).");
        if (MaxPoolSize is < 1 or > PoolSizeLimit)
            errors.Add($"{Section}:MaxPoolSize: {MaxPoolSize} is outside 1..{PoolSizeLimit}.");
        if (AdvertisedAddress is not null && !IPAddress.TryParse(AdvertisedAddress, out _) && Uri.CheckHostName(AdvertisedAddress) != UriHostNameType.Dns)
            errors.Add($"{Section}:AdvertisedAddress: '{AdvertisedAddress}' is neither an IP address nor a host name.");

        if (Mode == ClusterMode.Postgres)
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
                errors.Add($"{Section}:ConnectionString: required when Mode is Postgres (e.g. \"Host=127.0.0.1;Port=5432;Database=forecast;Username=forecast;Password=...\").");
            else if (PostgresConnectionString.Problem(ConnectionString) is { } problem)
                errors.Add($"{Section}:ConnectionString: {problem}");
        }

        return errors;
    }

    /// <summary>The connection string every silo, client and <c>db init</c> uses: pool bounded, keepalive on.</summary>
    public string NormalizedConnectionString() =>
        PostgresConnectionString.Normalize(ConnectionString ?? throw new ForecastConfigurationException($"{Section}:ConnectionString: required when Mode is Postgres."), MaxPoolSize);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Integer(IConfigurationSection section, string key, int fallback, List<string> errors)
    {
        if (section[key] is not { Length: > 0 } text)
            return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        errors.Add($"{Section}:{key}: '{text}' is not a whole number.");
        return fallback;
    }

    private static void CheckPort(string key, int port, List<string> errors)
    {
        if (port is < 1 or > 65535)
            errors.Add($"{Section}:{key}: {port} is not a TCP port (1..65535).");
    }

    // The membership and storage tables hold these in varchar(150) columns; keep them to plain characters so they
    // read the same in SQL, logs and environment variables.
    private static void CheckName(string key, string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add($"{Section}:{key}: must not be empty.");
        else if (value.Length > 150 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            errors.Add($"{Section}:{key}: '{value}' must be 1..150 letters, digits, '-', '_' or '.'.");
    }
}
