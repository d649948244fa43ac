namespace Forecast.Server.Api;

/// <summary>The cache keys that writes must drop, in one place so a write and the GETs it changes agree.</summary>
public static class CacheKeys
{
    public static string Jurisdiction(string id) => $"jurisdiction/{id}";

    public static string Rollup(string scenario, string jurisdiction) => $"rollup/{scenario}/{jurisdiction}";

    public static string Pair(string pair) => $"pair/{pair}";

    public static string Observations(string pair) => $"observations/{pair}";

    /// <summary>Every growth table: an observation can change any table whose scope holds the pair.</summary>
    public const string GrowthPrefix = "growth";

    public static string Growth(string jurisdiction, string format) => $"{GrowthPrefix}/{format}/{jurisdiction}";

    public static string Run(string runId) => $"run/{runId}";
}
