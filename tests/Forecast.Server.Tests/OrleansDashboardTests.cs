using System.Net;
using System.Net.Http.Headers;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class OrleansDashboardTests(ServerFixture server)
{
    [Fact]
    public async Task The_orleans_dashboard_needs_a_credential()
    {
        var response = await server.Http.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_credential_is_refused_the_dashboard()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-writer-token");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_writer_sees_the_orleans_dashboard()
    {
        var response = await server.Writer.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }
}
