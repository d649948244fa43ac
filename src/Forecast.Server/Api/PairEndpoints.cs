using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Server.Caching;
using Forecast.Server.Security;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Api;

/// <summary>One jurisdiction × indicator pair: its definition and sources, its observations, its forecast per scenario.</summary>
public static class PairEndpoints
{
    public static RouteGroupBuilder MapPairEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/pairs/{jurisdiction}/{indicator}", Detail)
            .WithName("GetPair")
            .WithSummary("The pair's indicator, every seed figure with its source clause and evidence, and its recorded observations.")
            .Produces<PairDetail>(contentType: "application/json").ProducesProblem(404);
        api.MapGet("/pairs/{jurisdiction}/{indicator}/observations", Observations)
            .WithName("GetObservations")
            .WithSummary("The values users have recorded for the pair, oldest year first.")
            .Produces<IReadOnlyList<ObservationView>>(contentType: "application/json").ProducesProblem(404);
        api.MapGet("/pairs/{jurisdiction}/{indicator}/forecast", Forecast)
            .WithName("GetPairForecast")
            .WithSummary("The pair's forecast in the latest completed run of a scenario: quantiles per year, P(meet), gap, reason, basis, sources.")
            .Produces<PairForecastView>(contentType: "application/json").ProducesProblem(400).ProducesProblem(404);
        api.MapPost("/pairs/{jurisdiction}/{indicator}/observations", Record)
            .RequireAuthorization(ForecastWriter.Policy)
            .WithName("RecordObservation")
            .WithSummary("Records an observed value (bearer token required). The next run of any scenario uses it.")
            .Accepts<ObservationInput>("application/json")
            .Produces<ObservationView>(StatusCodes.Status201Created)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415);
        return api;
    }

    private static bool Exists(ForecastCatalog catalog, PairId pair) => catalog.FiguresOf(pair).Count > 0;

    private static IResult UnknownPair(PairId pair) => Problems.NotFound($"unknown pair '{pair}'");

    private static async Task<IResult> Detail(string jurisdiction, string indicator, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache)
    {
        var pair = new PairId(jurisdiction, indicator);
        if (!Exists(catalog, pair))
            return UnknownPair(pair);
        var resource = await cache.GetAsync(CacheKeys.Pair(pair.ToString()), (grains, pair), static async s =>
        {
            var grain = s.grains.GetGrain<IIndicatorGrain>(s.pair.ToString());
            var definition = grain.GetDefinition();
            var observations = grain.GetObservations();
            return ApiJson.Resource(new PairDetail(await definition, await observations));
        });
        return new CachedResult(resource!);
    }

    private static async Task<IResult> Observations(string jurisdiction, string indicator, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache)
    {
        var pair = new PairId(jurisdiction, indicator);
        if (!Exists(catalog, pair))
            return UnknownPair(pair);
        var resource = await cache.GetAsync(CacheKeys.Observations(pair.ToString()), (grains, pair), static async s =>
            ApiJson.Resource(await s.grains.GetGrain<IIndicatorGrain>(s.pair.ToString()).GetObservations()));
        return new CachedResult(resource!);
    }

    private static async Task<IResult> Forecast(string jurisdiction, string indicator, string? scenario, ForecastCatalog catalog, IGrainFactory grains, StartupRun startup, ResourceCache cache, KnownRuns known)
    {
        var pair = new PairId(jurisdiction, indicator);
        if (!Exists(catalog, pair))
            return UnknownPair(pair);
        var (scenarioId, error) = ScenarioSelection.Resolve(scenario, startup);
        if (error is not null)
            return error;
        if (!await ScenarioSelection.HasRunsAsync(scenarioId!, startup, known))
            return NoForecast(scenarioId!, pair);
        var resource = await cache.GetAsync($"forecast/{scenarioId}/{pair}", (grains, pair, scenarioId!), static async s =>
            await s.grains.GetGrain<IIndicatorGrain>(s.pair.ToString()).GetForecast(s.Item3) is { } forecast ? ApiJson.Resource(forecast) : null);
        return resource is null ? NoForecast(scenarioId!, pair) : new CachedResult(resource);
    }

    private static IResult NoForecast(string scenarioId, PairId pair) => Problems.NotFound($"no completed run of scenario '{scenarioId}' has forecast '{pair}' yet");

    private static async Task<IResult> Record(
        string jurisdiction, string indicator, HttpRequest request, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache, IOptions<ForecastApiOptions> options, CancellationToken cancellationToken)
    {
        var pair = new PairId(jurisdiction, indicator);
        if (!Exists(catalog, pair))
            return UnknownPair(pair);
        if (!IsJson(request))
            return Problems.UnsupportedMediaType("an observation is sent as application/json");
        var (bytes, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (tooLarge is not null)
            return tooLarge;
        var (input, invalid) = RequestBody.ParseJson<ObservationInput>(bytes!);
        if (invalid is not null)
            return invalid;

        ObservationView stored;
        try
        {
            stored = await grains.GetGrain<IIndicatorGrain>(pair.ToString()).RecordObservation(input!);
        }
        catch (ObservationRejectedException e)
        {
            return Problems.BadRequest(Problems.PathOf(e.Field), e.Message);
        }

        cache.Invalidate(CacheKeys.Pair(pair.ToString()));
        cache.Invalidate(CacheKeys.Observations(pair.ToString()));
        cache.InvalidatePrefix(CacheKeys.GrowthPrefix);
        return Results.Created($"/api/pairs/{pair}/observations", stored);
    }

    internal static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
}
