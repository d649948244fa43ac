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

    /// <summary>
    /// The operators' token: exchanged at <c>/operator/login</c> for a cookie the browser presents to the Orleans
    /// dashboard (<c>/dashboard</c>), or sent as a bearer token by a script. It must differ from
    /// <see cref="WriterToken"/>: seeing the cluster is not writing to it. No default: without one the dashboard is closed.
    /// </summary>
    public string? OperatorToken { get; set; }

    /// <summary>
    /// Marks the operator's cookie Secure, so a browser sends it over HTTPS only. Set it when a TLS proxy is in front
    /// (the server itself sees plain HTTP from the proxy, so it cannot tell).
    /// </summary>
    public bool SecureCookies { get; set; }

    /// <summary>Tokens shorter than this are refused at start: a short secret can be guessed.</summary>
    public const int MinTokenLength = 32;

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

    /// <summary>What-ifs a client may ask a second, on average (<c>POST /api/pairs/{j}/{i}/what-if</c>, read-only, no credential).</summary>
    public int WhatIfPerSecond { get; set; } = 10;

    /// <summary>What-ifs a client may ask at once before the rate applies.</summary>
    public int WhatIfBurst { get; set; } = 20;

    /// <summary>The scenario the page shows and the server runs at start; empty runs nothing.</summary>
    public string? StartupScenario { get; set; } = "scenarios/baseline.yaml";

    /// <summary>The credentials at fault, one line each; the server refuses to start with any.</summary>
    public IReadOnlyList<string> CredentialErrors()
    {
        var errors = new List<string>();
        foreach (var (key, token) in new[] { ("WriterToken", WriterToken), ("OperatorToken", OperatorToken) })
        {
            if (!string.IsNullOrEmpty(token) && token.Length < MinTokenLength)
                errors.Add($"{Section}:{key} is {token.Length} characters; use at least {MinTokenLength} (e.g. openssl rand -hex 24)");
        }

        if (!string.IsNullOrEmpty(WriterToken) && WriterToken == OperatorToken)
            errors.Add($"{Section}:OperatorToken is the writer token; give operators their own");
        return errors;
    }

    /// <summary>What a server started with these options cannot do, said when it starts.</summary>
    public IReadOnlyList<string> CredentialWarnings()
    {
        var warnings = new List<string>();
        if (string.IsNullOrEmpty(WriterToken))
            warnings.Add($"No writer token ({Section}:WriterToken): the server is read-only, every POST is refused");
        if (string.IsNullOrEmpty(OperatorToken))
            warnings.Add($"No operator token ({Section}:OperatorToken): the Orleans dashboard at /dashboard is closed");
        return warnings;
    }
}
