using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Forecast.Server.Tests;

/// <summary>Writes need the writer's token, bodies are capped, and a bad body is refused with the path at fault.</summary>
[Collection(ServerCollection.Name)]
public sealed class WriteGuardTests(ServerFixture server)
{
    private const string Observations = "/api/pairs/zhenxing/new-urban-jobs/observations";
    private const string ValidObservation = """{"year":2024,"value":4100,"source":"振兴区2024年统计公报","recordedBy":"test"}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData(Observations)]
    [InlineData("/api/runs")]
    public async Task A_write_without_a_token_is_401(string path)
    {
        var response = await server.Http.PostAsync(path, Json(ValidObservation));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData(Observations)]
    [InlineData("/api/runs")]
    public async Task A_write_with_a_wrong_token_is_403(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(ValidObservation) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.WriterToken + "x");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Observations)]
    [InlineData("/api/runs")]
    public async Task A_body_over_the_cap_is_413(string path)
    {
        var padding = new string('x', 5000); // the fixture caps bodies at 4,096 bytes
        var response = await server.Writer.PostAsync(path, Json($$"""{"year":2024,"value":1,"source":"{{padding}}","recordedBy":"test"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"year":2024,"value":"lots","source":"s","recordedBy":"t"}""", "$.value")]
    [InlineData("""{"year":2024,"value":1,"source":"s","recordedBy":"t","unit":"人"}""", "$.unit")]
    [InlineData("""{"year":2024.5,"value":1,"source":"s","recordedBy":"t"}""", "$.year")]
    [InlineData("""{"year":2024,"value":1,"source":null,"recordedBy":"t"}""", "$.source")]
    [InlineData("""[1,2]""", "$")]
    public async Task A_malformed_observation_is_400_naming_its_json_path(string body, string path)
    {
        var response = await server.Writer.PostAsync(Observations, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(path, problem.RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_scenario_with_an_unknown_field_is_400_naming_its_json_path()
    {
        var response = await server.Writer.PostAsync("/api/runs", Json("""{"id":"x","title":"x","seed":1,"paths":100,"asOfYear":2024,"horizon":null,"scope":[],"thresholds":{"likelyMissedBelow":0.5,"atRiskBelow":0.8,"colour":"red"},"factors":[],"shocks":[],"overrides":[]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("$.thresholds.colour", problem.RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_write_that_is_not_json_is_415()
    {
        var response = await server.Writer.PostAsync(Observations, new StringContent("year=2024", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_write_to_an_unknown_pair_is_404()
    {
        var response = await server.Writer.PostAsync("/api/pairs/zhenxing/moon-landings/observations", Json(ValidObservation));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_read_with_a_wrong_token_is_still_answered_because_reads_need_none()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jurisdictions/zhenxing");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"Year":2024,"value":1,"source":"s","recordedBy":"t"}""", "$.Year")]
    [InlineData("""{"year":2024,"VALUE":1,"source":"s","recordedBy":"t"}""", "$.VALUE")]
    public async Task A_member_spelt_in_another_case_is_400_naming_it(string body, string path)
    {
        var response = await server.Writer.PostAsync(Observations, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(path, problem.RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_member_given_twice_is_400_naming_it()
    {
        var response = await server.Writer.PostAsync(Observations, Json("""{"year":2024,"value":1,"value":99999,"source":"s","recordedBy":"t"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("$.value", problem.RootElement.GetProperty("path").GetString());
        Assert.Contains("more than once", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"year":"2024","value":1,"source":"s","recordedBy":"t"}""")]
    [InlineData("""{"year":2024,"value":1,"source":"s","recordedBy":"t","unit":"人"}""")]
    [InlineData("""{"year":2024,"value":1,"source":"s"}""")]
    [InlineData("""{"year":2024,"value":1,"source":["s"],"recordedBy":"t"}""")]
    [InlineData("""{"year":99999999999,"value":1,"source":"s","recordedBy":"t"}""")]
    [InlineData("""{"year":2024,"value":1e999,"source":"s","recordedBy":"t"}""")]
    [InlineData("""{"year":2024,"value":1,"source":"s","recordedBy":"t"} trailing""")]
    [InlineData("""[1,2]""")]
    [InlineData("""null""")]
    [InlineData("""{"year":2024,""")]
    public async Task A_malformed_body_is_explained_without_dotnet_type_names(string body)
    {
        var response = await server.Writer.PostAsync(Observations, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Forecast.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", text, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", text, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(text);
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_scenario_of_the_wrong_shape_is_explained_without_dotnet_type_names()
    {
        var response = await server.Writer.PostAsync("/api/runs", Json("""{"id":"x","title":"x","seed":-1,"paths":100,"asOfYear":2024,"horizon":null,"scope":"dandong","thresholds":{"likelyMissedBelow":0.5,"atRiskBelow":0.8},"factors":[],"shocks":[],"overrides":[]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Forecast.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_without_a_token_is_401_before_its_media_type_is_judged()
    {
        var response = await server.Http.PostAsync("/api/runs", new StringContent("id: x", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, string, bool, string?, HttpStatusCode> EmptyAnswers() => new()
    {
        { "POST", "/api/runs", false, "application/json", HttpStatusCode.Unauthorized },
        { "POST", "/api/runs", true, "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "GET", "/api/runs", false, null, HttpStatusCode.MethodNotAllowed },
        { "GET", "/api/no-such-route", false, null, HttpStatusCode.NotFound },
        { "GET", "/no-such-page", false, null, HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(EmptyAnswers))]
    public async Task Refusals_by_the_framework_are_problem_json_too(string method, string path, bool writer, string? mediaType, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (mediaType is not null)
            request.Content = new StringContent("{}", Encoding.UTF8, mediaType);

        var response = await (writer ? server.Writer : server.Http).SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_wrong_token_is_403_as_problem_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs") { Content = Json("{}") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
