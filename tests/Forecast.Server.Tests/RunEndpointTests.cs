using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forecast.Contracts;
using Forecast.Server.Api;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class RunEndpointTests(ServerFixture server)
{
    private static Scenario Small(string id, IReadOnlyList<string> scope) =>
        new(id, "api test", 7, 500, 2024, null, scope, new ScenarioThresholds(), [], [], []);

    private static StringContent Json(Scenario scenario) =>
        new(JsonSerializer.Serialize(scenario, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");

    private async Task<RunStatus> Completed(string location)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await server.Http.GetFromJsonAsync<RunStatus>(location, timeout.Token);
            if (status!.State is "completed" or "failed")
                return status;
            await Task.Delay(200, timeout.Token);
        }
    }

    [Fact]
    public async Task A_posted_scenario_runs_and_its_rollup_is_served()
    {
        var scenario = Small("api-run", ["zhenxing"]);

        var response = await server.Writer.PostAsync("/api/runs", Json(scenario));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/runs/{ScenarioRuns.RunIdOf(scenario)}", response.Headers.Location?.ToString());
        var status = await Completed(response.Headers.Location!.ToString());
        Assert.Equal("completed", status.State);
        Assert.Equal(status.PairsTotal, status.PairsDone);
        var rollup = await server.Http.GetFromJsonAsync<RollupView>("/api/jurisdictions/zhenxing/rollup?scenario=api-run");
        Assert.Equal(500, rollup!.Paths);
        Assert.Equal(ScenarioRuns.RunIdOf(scenario), rollup.RunId);
    }

    [Fact]
    public async Task The_same_scenario_posted_twice_is_the_same_run()
    {
        var scenario = Small("api-twice", ["zhenxing"]);

        var first = await server.Writer.PostAsync("/api/runs", Json(scenario));
        var second = await server.Writer.PostAsync("/api/runs", Json(scenario));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
    }

    [Fact]
    public async Task A_scenario_the_catalog_rejects_is_400_with_its_path_and_no_run_exists()
    {
        var scenario = Small("api-bad", ["zhenxing", "atlantis"]);

        var response = await server.Writer.PostAsync("/api/runs", Json(scenario));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("$.scope[1]", problem.RootElement.GetProperty("path").GetString());
        var progress = await server.Http.GetAsync($"/api/runs/{ScenarioRuns.RunIdOf(scenario)}");
        Assert.Equal(HttpStatusCode.NotFound, progress.StatusCode);
    }

    [Fact]
    public async Task A_run_id_that_is_not_a_content_hash_is_404()
    {
        var response = await server.Http.GetAsync("/api/runs/not-a-hash");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    [Fact]
    public async Task A_scenario_file_posted_as_yaml_runs()
    {
        var response = await server.Writer.PostAsync("/api/runs", Yaml("id: api-yaml\nseed: 11\npaths: 400\nasOfYear: 2023\nscope: [zhenxing]\n"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await Completed(response.Headers.Location!.ToString());
        Assert.Equal("completed", status.State);
    }

    [Fact]
    public async Task A_bad_yaml_scenario_is_400_naming_the_line_and_the_field()
    {
        var response = await server.Writer.PostAsync("/api/runs", Yaml("id: api-yaml-bad\nseed: 11\npaths: lots\nasOfYear: 2023\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = problem.RootElement.GetProperty("errors")[0];
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("paths", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_yaml_scenario_naming_an_unknown_jurisdiction_is_400_at_its_line()
    {
        var response = await server.Writer.PostAsync("/api/runs", Yaml("id: api-yaml-scope\nseed: 11\npaths: 400\nasOfYear: 2023\nscope:\n  - zhenxing\n  - atlantis\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = problem.RootElement.GetProperty("errors")[0];
        Assert.Equal(7, error.GetProperty("line").GetInt32());
        Assert.StartsWith("scope", error.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_body_of_nested_brackets_is_400_at_the_first_bracket_too_deep()
    {
        var depth = 1_900; // within the fixture's 4,096-byte cap
        var response = await server.Writer.PostAsync("/api/runs", Yaml("id: api-deep\nseed: 1\nasOfYear: 2023\ntitle: " + new string('[', depth) + new string(']', depth) + "\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = problem.RootElement.GetProperty("errors")[0];
        Assert.Equal((4, "yaml"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));
        Assert.Contains("nested more than", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_body_with_a_byte_order_mark_is_read_without_it()
    {
        // An asOfYear out of range, so that the only error is that one and no run starts.
        var body = new ByteArrayContent([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("id: api-bom\nseed: 1\nasOfYear: 1900\n")]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/yaml");

        var response = await server.Writer.PostAsync("/api/runs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("asOfYear", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_json_body_with_a_byte_order_mark_is_read_without_it()
    {
        // Paths of 0, so that the grain's refusal (at $.paths) shows the body was read and no run starts.
        var json = JsonSerializer.Serialize(Small("api-bom-json", ["zhenxing"]) with { Paths = 0 }, JsonSerializerOptions.Web);
        var body = new ByteArrayContent([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(json)]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await server.Writer.PostAsync("/api/runs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("$.paths", problem.RootElement.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("Baseline")]
    [InlineData("-x")]
    public async Task A_json_scenario_whose_id_is_not_a_name_is_400_at_its_id(string id)
    {
        var response = await server.Writer.PostAsync("/api/runs", Json(Small(id, ["zhenxing"])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("$.id", problem.RootElement.GetProperty("path").GetString());
        Assert.Contains("is not a name", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
