namespace Forecast.Server.Security;

/// <summary>
/// The names under which operators (who watch the cluster in the Orleans dashboard) are authenticated: their own
/// token, never the writers', presented as a cookie by a browser or as a bearer token by a script.
/// </summary>
public static class ForecastOperator
{
    /// <summary>The scheme the dashboard's policy asks: forwards to <see cref="TokenScheme"/> when a bearer token is sent, else to <see cref="CookieScheme"/>.</summary>
    public const string Scheme = "forecast-operator";

    /// <summary>The cookie a browser gets at <see cref="LoginPath"/> for the operator token.</summary>
    public const string CookieScheme = "forecast-operator-cookie";

    /// <summary>"Authorization: Bearer" with the operator token, for scripts.</summary>
    public const string TokenScheme = "forecast-operator-token";

    /// <summary>The authorization policy of <c>/dashboard</c>.</summary>
    public const string Policy = "forecast-operator";

    public const string Role = "operator";

    public const string CookieName = "forecast-operator";

    public const string LoginPath = "/operator/login";

    public const string LogoutPath = "/operator/logout";

    /// <summary>A claim holding a digest of the token the cookie was issued for: a new token ends every session.</summary>
    public const string TokenClaim = "forecast:operator-token";
}
