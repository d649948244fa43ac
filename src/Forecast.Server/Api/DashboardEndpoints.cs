using Forecast.Server.Caching;

namespace Forecast.Server.Api;

/// <summary>The web page at <c>/</c> and its files under <c>/assets/</c>.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (DashboardAssets assets) => Serve(assets, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", (string name, DashboardAssets assets) => Serve(assets, name)).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(DashboardAssets assets, string name) =>
        assets.TryGet(name, out var file) ? new CachedResult(file) : Problems.NotFound($"no file '{name}'");
}
