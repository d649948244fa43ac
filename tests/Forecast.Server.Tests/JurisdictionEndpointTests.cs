using System.Net;
using System.Net.Http.Json;
using Forecast.Contracts;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class JurisdictionEndpointTests(ServerFixture server)
{
    [Fact]
    public async Task The_health_check_answers_healthy()
    {
        var response = await server.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_jurisdiction_is_served_from_its_grain()
    {
        var view = await server.Http.GetFromJsonAsync<JurisdictionView>("/api/jurisdictions/dandong");

        Assert.NotNull(view);
        Assert.Equal("丹东市", view.NameZh);
        Assert.Equal(["zhenxing"], view.Children);
    }

    [Fact]
    public async Task An_unknown_jurisdiction_is_404()
    {
        var response = await server.Http.GetAsync("/api/jurisdictions/atlantis");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("unknown jurisdiction 'atlantis'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
