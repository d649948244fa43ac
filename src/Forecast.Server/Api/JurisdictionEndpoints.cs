using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Server.Caching;

namespace Forecast.Server.Api;

/// <summary>The jurisdiction tree, one node, and the lights of a node's own pairs.</summary>
public static class JurisdictionEndpoints
{
    public static RouteGroupBuilder MapJurisdictionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tree", Tree)
            .WithName("GetTree")
            .WithSummary("The jurisdiction tree (country → province → city → district) with each node's traffic-light counts in a scenario.")
            .Produces<TreeView>(contentType: "application/json").ProducesProblem(400);
        api.MapGet("/jurisdictions/{id}", Node)
            .WithName("GetJurisdiction")
            .WithSummary("One jurisdiction: names, level, children, how many pairs and qualitative goals it holds.")
            .Produces<JurisdictionView>(contentType: "application/json").ProducesProblem(404);
        api.MapGet("/jurisdictions/{id}/rollup", Rollup)
            .WithName("GetRollup")
            .WithSummary("The jurisdiction and everything below it in the latest completed run of a scenario: targets assessed, expected met, the spread of the number met, flags by domain, the worst pairs.")
            .Produces<RollupView>(contentType: "application/json").ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/jurisdictions/{id}/pairs", Pairs)
            .WithName("GetJurisdictionPairs")
            .WithSummary("The jurisdiction's own pairs with their traffic light, P(meet) and reason in a scenario.")
            .Produces<IReadOnlyList<PairLight>>(contentType: "application/json").ProducesProblem(400).ProducesProblem(404);
        return api;
    }

    private static async Task<IResult> Tree(string? scenario, IGrainFactory grains, StartupRun startup, ResourceCache cache, KnownRuns known, CatalogTree tree)
    {
        var (scenarioId, error) = ScenarioSelection.Resolve(scenario, startup);
        if (error is not null)
            return error;
        if (!await ScenarioSelection.HasRunsAsync(scenarioId!, startup, known))
        {
            // No run to show: the catalog's tree without lights, built per request and kept nowhere.
            var failed = startup.ScenarioId == scenarioId && startup.Error is { } why ? StartupFailed(why) : null;
            var exists = startup.ScenarioId == scenarioId;
            var available = exists ? null : known.Scenarios.Append(startup.ScenarioId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return new CachedResult(ApiJson.Resource(new TreeView(scenarioId!, failed, tree.Bare) { Exists = exists, Available = available }));
        }

        var resource = await cache.GetAsync($"tree/{scenarioId}", (tree, grains, startup, scenarioId!), static async s =>
        {
            var (tree, grains, startup, scenarioId) = s;
            RunStatus? run = null;
            if (startup.ScenarioId == scenarioId && startup.RunId is { } runId)
                run = RunEndpoints.StatusOf(await grains.GetGrain<IScenarioRunGrain>(runId).GetProgress());
            else if (startup.ScenarioId == scenarioId && startup.Error is { } startupError)
                run = StartupFailed(startupError);
            var ids = Ids(tree.Bare).ToList();
            var rollups = await Task.WhenAll(ids.Select(id => grains.GetGrain<IJurisdictionGrain>(id).GetRollup(scenarioId)));
            var byId = ids.Zip(rollups).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            return ApiJson.Resource(new TreeView(scenarioId, run, tree.With(byId)));
        });
        return new CachedResult(resource!);
    }

    private static RunStatus StartupFailed(string error) => new("", nameof(RunState.Failed).ToLowerInvariant(), 0, 0, error);

    private static IEnumerable<string> Ids(TreeNode node) => node.Children.SelectMany(Ids).Prepend(node.Id);

    private static async Task<IResult> Rollup(string id, string? scenario, ForecastCatalog catalog, IGrainFactory grains, StartupRun startup, ResourceCache cache, KnownRuns known)
    {
        if (!catalog.TryGetJurisdiction(id, out _))
            return Problems.NotFound($"unknown jurisdiction '{id}'");
        var (scenarioId, error) = ScenarioSelection.Resolve(scenario, startup);
        if (error is not null)
            return error;
        if (!await ScenarioSelection.HasRunsAsync(scenarioId!, startup, known))
            return NoRollup(scenarioId!, id);
        var resource = await cache.GetAsync(CacheKeys.Rollup(scenarioId!, id), (grains, id, scenarioId!), static async s =>
            await s.grains.GetGrain<IJurisdictionGrain>(s.id).GetRollup(s.Item3) is { } rollup ? ApiJson.Resource(rollup) : null);
        return resource is null ? NoRollup(scenarioId!, id) : new CachedResult(resource);
    }

    private static IResult NoRollup(string scenarioId, string id) => Problems.NotFound($"no completed run of scenario '{scenarioId}' covers '{id}' yet");

    private static async Task<IResult> Node(string id, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache)
    {
        if (!catalog.TryGetJurisdiction(id, out _))
            return Problems.NotFound($"unknown jurisdiction '{id}'");
        var resource = await cache.GetAsync(CacheKeys.Jurisdiction(id), (grains, id), static async s =>
            ApiJson.Resource(await s.grains.GetGrain<IJurisdictionGrain>(s.id).GetView()));
        return new CachedResult(resource!);
    }

    private static async Task<IResult> Pairs(string id, string? scenario, ForecastCatalog catalog, IGrainFactory grains, StartupRun startup, ResourceCache cache, KnownRuns known)
    {
        if (!catalog.TryGetJurisdiction(id, out _))
            return Problems.NotFound($"unknown jurisdiction '{id}'");
        var (scenarioId, error) = ScenarioSelection.Resolve(scenario, startup);
        if (error is not null)
            return error;
        if (!await ScenarioSelection.HasRunsAsync(scenarioId!, startup, known))
        {
            // No run to show: the pairs without lights, kept nowhere.
            var pairs = catalog.PairsOf(id).ToList();
            return new CachedResult(ApiJson.Resource(Lights(catalog, pairs, new PairForecastView?[pairs.Count])));
        }

        var resource = await cache.GetAsync($"pairs/{scenarioId}/{id}", (catalog, grains, id, scenarioId!), static async s =>
        {
            var (catalog, grains, id, scenarioId) = s;
            var pairs = catalog.PairsOf(id).ToList();
            var forecasts = await Task.WhenAll(pairs.Select(p => grains.GetGrain<IIndicatorGrain>(p.ToString()).GetForecast(scenarioId)));
            return ApiJson.Resource(Lights(catalog, pairs, forecasts));
        });
        return new CachedResult(resource!);
    }

    private static List<PairLight> Lights(ForecastCatalog catalog, IReadOnlyList<PairId> pairs, IReadOnlyList<PairForecastView?> forecasts) =>
        pairs.Select((p, i) =>
        {
            var indicator = catalog.Indicator(p.Indicator);
            var f = forecasts[i];
            return new PairLight(p.ToString(), indicator.Id, indicator.NameZh, indicator.NameEn, indicator.Domain, indicator.Unit, f?.Flag, f?.PMeet, f?.ReasonZh, f?.ReasonEn);
        }).ToList();
}
