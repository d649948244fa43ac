using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forecast.Contracts;

namespace Forecast.Server.Tests;

/// <summary>An accepted observation is stored and changes the ETags of what shows it; a rejected one changes nothing.</summary>
[Collection(ServerCollection.Name)]
public sealed class ObservationEndpointTests(ServerFixture server)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(string? ETag, string Body)> Get(string path)
    {
        var response = await server.Http.GetAsync(path);
        return (response.Headers.ETag?.Tag, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_accepted_observation_is_stored_and_changes_the_pair_s_etag()
    {
        const string pair = "/api/pairs/dandong/new-urban-jobs";
        var before = await Get(pair);

        var response = await server.Writer.PostAsync(pair + "/observations", Json("""{"year":2024,"value":21000,"source":"丹东市2024年国民经济和社会发展统计公报","recordedBy":"api test"}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.Content.ReadFromJsonAsync<ObservationView>();
        Assert.Equal(21000, stored!.Value);
        var after = await Get(pair);
        Assert.NotEqual(before.ETag, after.ETag);
        var observations = await server.Http.GetFromJsonAsync<IReadOnlyList<ObservationView>>(pair + "/observations");
        Assert.Contains(observations!, o => o.Year == 2024 && o.Value == 21000 && o.RecordedBy == "api test");
    }

    [Fact]
    public async Task An_accepted_observation_reaches_the_growth_table()
    {
        const string pair = "/api/pairs/shenyang/new-urban-jobs";
        var before = await Get("/api/growth?jurisdiction=shenyang");

        var response = await server.Writer.PostAsync(pair + "/observations", Json("""{"year":2024,"value":123456,"source":"沈阳市2024年统计公报","recordedBy":"api test"}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await Get("/api/growth?jurisdiction=shenyang");
        Assert.NotEqual(before.ETag, after.ETag);
        using var lines = JsonDocument.Parse(after.Body);
        var line = lines.RootElement.EnumerateArray().Single(l => l.GetProperty("indicator").GetString() == "new-urban-jobs" && l.GetProperty("jurisdiction").GetString() == "shenyang");
        Assert.Equal("observed", line.GetProperty("latestBasis").GetString());
        Assert.Equal(2024, line.GetProperty("latestYear").GetInt32());
    }

    [Theory]
    [InlineData("""{"year":2024,"value":-5,"source":"s","recordedBy":"t"}""", "$.value")]
    [InlineData("""{"year":2024,"value":150,"source":"s","recordedBy":"t"}""", "$.value")]
    [InlineData("""{"year":1900,"value":80,"source":"s","recordedBy":"t"}""", "$.year")]
    [InlineData("""{"year":2024,"value":80,"source":" ","recordedBy":"t"}""", "$.source")]
    [InlineData("""{"year":2024,"value":"80","source":"s","recordedBy":"t"}""", "$.value")]
    public async Task A_rejected_observation_is_400_with_its_path_and_changes_nothing(string body, string path)
    {
        // A share in % (bound 100): negative and over-the-bound values are refused by the grain, the rest by the reader.
        const string pair = "/api/pairs/zhenxing/inclusive-kindergarten-coverage";
        var before = await Get(pair);
        var observationsBefore = await Get(pair + "/observations");
        var growthBefore = await Get("/api/growth?jurisdiction=zhenxing");

        var response = await server.Writer.PostAsync(pair + "/observations", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(path, problem.RootElement.GetProperty("path").GetString());
        Assert.Equal(before, await Get(pair));
        Assert.Equal(observationsBefore, await Get(pair + "/observations"));
        Assert.Equal(growthBefore, await Get("/api/growth?jurisdiction=zhenxing"));
    }
}
