namespace Forecast.Server.Security;

/// <summary>The names under which writers are authenticated and authorized; operators have their own (<see cref="ForecastOperator"/>).</summary>
public static class ForecastWriter
{
    /// <summary>The authentication scheme: a bearer token compared with the configured writer token.</summary>
    public const string Scheme = "forecast-token";

    /// <summary>The authorization policy every write endpoint requires.</summary>
    public const string Policy = "forecast-writer";
}
