using System.Net;

namespace Forecast.Server.Tests;

/// <summary>What every answer says about itself: no server name, no sniffing, no framing, and the page's content policy.</summary>
[Collection(ServerCollection.Name)]
public sealed class HardeningHeaderTests(ServerFixture server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/assets/app.js")]
    [InlineData("/api/tree")]
    public async Task The_page_and_the_api_forbid_sniffing_and_framing_and_load_only_from_this_server(string path)
    {
        var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_answer_names_the_web_server()
    {
        var response = await server.Http.GetAsync("/api/tree");

        Assert.False(response.Headers.Contains("Server"));
    }
}
