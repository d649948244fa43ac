using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forecast.Catalog.Tests;
using Forecast.Contracts;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class RollupEndpointTests(ServerFixture server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.StartupRunCompleted();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rollup_counts_every_target_below_the_jurisdiction_once()
    {
        var rollup = await server.Http.GetFromJsonAsync<RollupView>("/api/jurisdictions/dandong/rollup");

        Assert.NotNull(rollup);
        var pairsBelow = ShippedCatalog.Catalog.Subtree("dandong").Sum(j => ShippedCatalog.Catalog.PairsOf(j.Id).Count());
        Assert.Equal(pairsBelow, rollup.Targets);
        Assert.Equal(rollup.Targets, rollup.Flags.OnTrack + rollup.Flags.AtRisk + rollup.Flags.LikelyMissed + rollup.Flags.InsufficientData + rollup.Flags.Settled);
        Assert.Equal(rollup.Assessed + 1, rollup.MetDistribution.Count);
        Assert.Equal(1.0, rollup.MetDistribution.Sum(), 9);
    }

    [Fact]
    public async Task The_tree_carries_each_node_s_rollup_counts()
    {
        var tree = await server.Http.GetFromJsonAsync<JsonElement>("/api/tree");
        var rollup = await server.Http.GetFromJsonAsync<RollupView>("/api/jurisdictions/liaoning/rollup");

        var liaoning = tree.GetProperty("root").GetProperty("children").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "liaoning");
        Assert.Equal(rollup!.Flags.LikelyMissed, liaoning.GetProperty("flags").GetProperty("likelyMissed").GetInt32());
        Assert.Equal(rollup.Assessed, liaoning.GetProperty("assessed").GetInt32());
        Assert.Equal(["shenyang", "dalian", "dandong"], liaoning.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_scenario_nobody_ran_has_no_rollup()
    {
        var response = await server.Http.GetAsync("/api/jurisdictions/dandong/rollup?scenario=never-run");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_scenario_id_that_no_file_could_have_is_400()
    {
        var response = await server.Http.GetAsync("/api/jurisdictions/dandong/rollup?scenario=" + Uri.EscapeDataString("../../etc"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_rollup_answers_304_to_its_own_etag()
    {
        var first = await server.Http.GetAsync("/api/jurisdictions/zhenxing/rollup");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jurisdictions/zhenxing/rollup");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_jurisdiction_s_pairs_carry_the_light_of_their_forecast()
    {
        var lights = await server.Http.GetFromJsonAsync<JsonElement>("/api/jurisdictions/zhenxing/pairs");
        var forecast = await server.Http.GetFromJsonAsync<PairForecastView>("/api/pairs/zhenxing/new-urban-jobs/forecast");

        Assert.Equal(ShippedCatalog.Catalog.PairsOf("zhenxing").Count(), lights.GetArrayLength());
        var light = lights.EnumerateArray().Single(l => l.GetProperty("pair").GetString() == "zhenxing/new-urban-jobs");
        Assert.Equal(forecast!.Flag, light.GetProperty("flag").GetString());
        Assert.Equal(forecast.PMeet, light.GetProperty("pMeet").GetDouble());
        Assert.Equal(forecast.ReasonZh, light.GetProperty("reasonZh").GetString());
    }
}
