using Forecast.Catalog;
using Forecast.Contracts;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Api;

/// <summary>
/// A pair's what-if: its own Monte Carlo under a changed pace, spread or loadings. A POST because it carries a body,
/// but a read: it stores nothing, so it needs no credential; it is bounded (paths, body size) and rate-limited per
/// client instead, and is never cached.
/// </summary>
public static class WhatIfEndpoints
{
    public static RouteGroupBuilder MapWhatIfEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/pairs/{jurisdiction}/{indicator}/what-if", WhatIf)
            .AllowAnonymous()
            .RequireRateLimiting(WhatIfRateLimit.Policy)
            .WithName("PairWhatIf")
            .WithSummary("The pair's own Monte Carlo under a changed pace, spread or factor loadings, over its plan in the scenario's latest completed run (?scenario=, else the server's), by the scenario's seed. Read-only: no credential; rate-limited per client.")
            .Accepts<WhatIfRequest>("application/json")
            .Produces<WhatIfAnswer>(contentType: "application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429);
        return api;
    }

    /// <summary>The what-if's path (<c>/api/pairs/{jurisdiction}/{indicator}/what-if</c>): a POST that reads, so no token is asked for.</summary>
    public static bool IsWhatIf(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/');
        return segments is ["", "api", "pairs", { Length: > 0 }, { Length: > 0 }, "what-if"];
    }

    private static async Task<IResult> WhatIf(
        string jurisdiction, string indicator, string? scenario, HttpRequest request, ForecastCatalog catalog, IGrainFactory grains, StartupRun startup, KnownRuns known,
        IOptions<ForecastApiOptions> options, CancellationToken cancellationToken)
    {
        var pair = new PairId(jurisdiction, indicator);
        if (catalog.FiguresOf(pair).Count == 0)
            return Problems.NotFound($"unknown pair '{pair}'");
        var (scenarioId, error) = ScenarioSelection.Resolve(scenario, startup);
        if (error is not null)
            return error;
        if (!PairEndpoints.IsJson(request))
            return Problems.UnsupportedMediaType("a what-if is sent as application/json");
        var (bytes, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (tooLarge is not null)
            return tooLarge;
        var (input, invalid) = RequestBody.ParseJson<WhatIfRequest>(bytes!);
        if (invalid is not null)
            return invalid;
        if (!await ScenarioSelection.HasRunsAsync(scenarioId!, startup, known))
            return NoRun(scenarioId!, pair);

        try
        {
            var answer = await grains.GetGrain<IIndicatorGrain>(pair.ToString()).WhatIf(scenarioId!, input!);
            return answer is null ? NoRun(scenarioId!, pair) : Results.Json(answer, ApiJson.Write, ApiJson.ContentType);
        }
        catch (WhatIfRejectedException e)
        {
            return Problems.BadRequest(Problems.PathOf(e.Field), e.Message);
        }
    }

    private static IResult NoRun(string scenarioId, PairId pair) => Problems.NotFound($"no completed run of scenario '{scenarioId}' has forecast '{pair}' yet");
}
