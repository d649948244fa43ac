namespace Forecast.Server;

/// <summary>The <c>Forecast</c> configuration section of the server.</summary>
public sealed class ForecastServerOptions
{
    public const string Section = "Forecast";

    /// <summary>The catalog folder; empty means $FORECAST_DATA, else the nearest data/ above the working directory.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The priors file (spreads and common factors); empty means scenarios/priors.yaml beside the catalog folder.</summary>
    public string? PriorsPath { get; set; }

    /// <summary>Where Orleans' and Forecast's meters go: "none" (default) or "console" (also <c>--telemetry console</c>).</summary>
    public string? Telemetry { get; set; }
}
