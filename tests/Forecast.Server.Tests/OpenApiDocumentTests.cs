using System.Text.Json;

namespace Forecast.Server.Tests;

/// <summary>The OpenAPI document says which operations need the writers' bearer token, types numbers as numbers, and describes only the API.</summary>
[Collection(ServerCollection.Name)]
public sealed class OpenApiDocumentTests(ServerFixture server)
{
    private async Task<JsonElement> Document()
    {
        using var document = JsonDocument.Parse(await server.Http.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task The_writes_and_only_the_writes_declare_the_bearer_scheme()
    {
        var document = await Document();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("writerToken");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var secured = operation.Value.TryGetProperty("security", out var security)
                    && security.EnumerateArray().Any(r => r.TryGetProperty("writerToken", out _));
                // Every POST writes, except a pair's what-if, which reads and needs no token.
                var write = operation.Name == "post" && !path.Name.EndsWith("/what-if", StringComparison.Ordinal);
                Assert.True(secured == write, $"{operation.Name} {path.Name}: security {(secured ? "declared" : "missing")}");
            }
        }
    }

    [Fact]
    public async Task Numbers_are_typed_as_numbers_not_as_strings()
    {
        var document = await Document();

        var observation = document.GetProperty("components").GetProperty("schemas").GetProperty("ObservationInput").GetProperty("properties");
        Assert.Equal("number", observation.GetProperty("value").GetProperty("type").GetString());
        Assert.Equal("integer", observation.GetProperty("year").GetProperty("type").GetString());
        Assert.DoesNotContain("\"string\"", JsonSerializer.Serialize(observation.GetProperty("value")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_orleans_dashboard_and_the_operator_sign_in_are_not_described()
    {
        var document = await Document();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain(paths, p => p.StartsWith("/dashboard", StringComparison.Ordinal) || p.StartsWith("/operator", StringComparison.Ordinal));
        Assert.Contains("/api/runs", paths);
    }
}
