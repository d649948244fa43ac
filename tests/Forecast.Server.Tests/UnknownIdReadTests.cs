using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Security.Cryptography;
using System.Text;

namespace Forecast.Server.Tests;

/// <summary>
/// Reads are unauthenticated, so what they name must not cost the server anything that lasts: a scenario or run that
/// does not exist is answered without activating a grain (each had activated one that stayed).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class UnknownIdReadTests(ServerFixture server)
{
    /// <summary>The keys of every grain active in the silo, whatever its type.</summary>
    private async Task<HashSet<string>> ActiveKeys()
    {
        var statistics = await server.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Select(s => s.GrainId.Key.ToString()!).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Reads_naming_a_scenario_without_runs_answer_from_the_catalog_and_activate_no_grain()
    {
        await server.StartupRunCompleted();
        var scenarios = Enumerable.Range(0, 5).Select(_ => $"nosuch-{Guid.NewGuid():N}").ToList();

        foreach (var scenario in scenarios)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync($"/api/tree?scenario={scenario}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync($"/api/jurisdictions/dandong/pairs?scenario={scenario}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"/api/jurisdictions/dandong/rollup?scenario={scenario}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"/api/pairs/dandong/new-urban-jobs/forecast?scenario={scenario}")).StatusCode);
        }

        var active = await ActiveKeys();
        Assert.DoesNotContain(scenarios, active.Contains);
    }

    [Fact]
    public async Task A_tree_for_a_scenario_without_runs_still_lists_every_jurisdiction_without_lights()
    {
        var tree = await server.Http.GetStringAsync($"/api/tree?scenario=nosuch-{Guid.NewGuid():N}");

        Assert.Contains("\"dandong\"", tree, StringComparison.Ordinal);
        Assert.Contains("\"flags\":null", tree, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tree_for_a_scenario_without_runs_says_it_does_not_exist_and_lists_the_scenarios_that_have_runs()
    {
        await server.StartupRunCompleted();

        var tree = await server.Http.GetFromJsonAsync<JsonElement>($"/api/tree?scenario=nosuch-{Guid.NewGuid():N}");

        Assert.False(tree.GetProperty("exists").GetBoolean());
        Assert.Contains("baseline", tree.GetProperty("available").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task The_tree_of_the_startup_scenario_exists()
    {
        var tree = await server.Http.GetFromJsonAsync<JsonElement>("/api/tree?scenario=baseline");

        Assert.True(tree.GetProperty("exists").GetBoolean());
    }

    [Fact]
    public async Task Reads_of_run_ids_that_do_not_exist_are_404_and_activate_no_grain()
    {
        var runIds = Enumerable.Range(0, 20).Select(_ => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Guid.NewGuid().ToString())))).ToList();

        foreach (var runId in runIds)
            Assert.Equal(HttpStatusCode.NotFound, (await server.Http.GetAsync($"/api/runs/{runId}")).StatusCode);

        var active = await ActiveKeys();
        Assert.DoesNotContain(runIds, active.Contains);
    }
}
