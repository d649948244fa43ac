using System.Net;
using System.Net.Http.Headers;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class CachingTests(ServerFixture server)
{
    [Theory]
    [InlineData("/api/jurisdictions/dandong")]
    [InlineData("/api/tree")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/")]
    public async Task A_get_carries_an_etag_and_asks_to_be_revalidated(string path)
    {
        var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task The_same_content_gets_the_same_etag()
    {
        var first = await server.Http.GetAsync("/api/jurisdictions/dandong");
        var second = await server.Http.GetAsync("/api/jurisdictions/dandong");

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Different_content_gets_a_different_etag()
    {
        var dandong = await server.Http.GetAsync("/api/jurisdictions/dandong");
        var zhenxing = await server.Http.GetAsync("/api/jurisdictions/zhenxing");

        Assert.NotEqual(dandong.Headers.ETag, zhenxing.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/jurisdictions/dandong")]
    [InlineData("/api/tree")]
    [InlineData("/")]
    public async Task A_matching_if_none_match_gets_304_without_a_body(string path)
    {
        var first = await server.Http.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_if_none_match_gets_the_full_answer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jurisdictions/dandong");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\""));

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("丹东市", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
