using System.Text.Json;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class OpenApiTests(ServerFixture server)
{
    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var document = JsonDocument.Parse(await server.Http.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[]
        {
            "/api/tree", "/api/jurisdictions/{id}", "/api/jurisdictions/{id}/pairs", "/api/jurisdictions/{id}/rollup",
            "/api/pairs/{jurisdiction}/{indicator}", "/api/pairs/{jurisdiction}/{indicator}/forecast",
            "/api/pairs/{jurisdiction}/{indicator}/observations", "/api/growth", "/api/growth.csv", "/api/runs", "/api/runs/{id}",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }

        Assert.True(paths.GetProperty("/api/runs").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/pairs/{jurisdiction}/{indicator}/observations").TryGetProperty("post", out _));
    }
}
