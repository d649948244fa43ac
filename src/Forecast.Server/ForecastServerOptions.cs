namespace Forecast.Server;

/// <summary>The <c>Forecast</c> configuration section of the server.</summary>
public sealed class ForecastServerOptions
{
    public const string Section = "Forecast";

    /// <summary>The catalog folder; empty means $FORECAST_DATA, else the nearest data/ above the working directory.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The priors file (spreads and common factors); empty means scenarios/priors.yaml beside the catalog folder.</summary>
    public string? PriorsPath { get; set; }

    /// <summary>The embedded silo's port for silo-to-silo traffic (localhost clustering).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The embedded silo's gateway port, where clients such as the CLI connect.</summary>
    public int GatewayPort { get; set; } = 30000;
}
