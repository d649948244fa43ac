using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Forecast.Catalog.Tests;
using Microsoft.AspNetCore.Builder;

namespace Forecast.Server.Tests;

/// <summary>A server started without a writer token refuses every write, whatever token is sent.</summary>
public sealed class ReadOnlyServerTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = ForecastServer.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Forecast:DataDirectory={ShippedCatalog.Directory}",
            $"--Forecast:Cluster:SiloPort={FreePort.Next()}",
            $"--Forecast:Cluster:GatewayPort={FreePort.Next()}",
            "--Forecast:Api:StartupScenario=",
        ]);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("anything")]
    public async Task Without_a_configured_token_every_write_is_403(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/pairs/zhenxing/new-urban-jobs/observations")
        {
            Content = new StringContent("""{"year":2024,"value":1,"source":"s","recordedBy":"t"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token == "" ? ServerFixture.WriterToken : token);

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
