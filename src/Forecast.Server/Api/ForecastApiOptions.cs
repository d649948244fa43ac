namespace Forecast.Server.Api;

/// <summary>The <c>Forecast:Api</c> configuration section: who may write, how much, and how long a GET's bytes are reused.</summary>
public sealed class ForecastApiOptions
{
    public const string Section = "Forecast:Api";

    /// <summary>
    /// The bearer token that every POST requires. No default: without one configured every write is refused (403),
    /// so a server started without thought is read-only.
    /// </summary>
    public string? WriterToken { get; set; }

    /// <summary>The largest request body accepted, in bytes; larger ones get 413 before they are read.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest bulk of published figures (<c>POST /api/observations/bulk</c>), in bytes: a year's bulletins for a province fit many times over.</summary>
    public int MaxBulkBytes { get; set; } = 1024 * 1024;

    /// <summary>The most rows one bulk may hold; more get 413, so one request cannot hold every pair's grain at once.</summary>
    public int MaxBulkRows { get; set; } = 5_000;

    /// <summary>
    /// How long a GET's serialized bytes are served before the grain is asked again. Writes through this API drop the
    /// entries they touch at once; this bounds how stale a poller can be after a change made elsewhere (a run, the CLI).
    /// </summary>
    public TimeSpan RefreshAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The scenario the page shows and the server runs at start; empty runs nothing.</summary>
    public string? StartupScenario { get; set; } = "scenarios/baseline.yaml";
}
