using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains;
using Forecast.Hosting;

namespace Forecast.Server;

/// <summary>Wires the host together: the silo, the catalog, the endpoints. No logic of its own.</summary>
public static class ForecastServer
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = builder.Configuration.GetSection(ForecastServerOptions.Section).Get<ForecastServerOptions>() ?? new ForecastServerOptions();
        var dataDirectory = DataDirectory.Resolve(options.DataDirectory)
            ?? throw new InvalidOperationException("No catalog found: set Forecast:DataDirectory or FORECAST_DATA.");

        var priorsPath = string.IsNullOrEmpty(options.PriorsPath) ? Path.Combine(dataDirectory, "..", "scenarios", "priors.yaml") : options.PriorsPath;

        builder.Services.AddHealthChecks();
        builder.UseOrleans(silo => silo
            .UseForecastCluster(builder.Configuration)
            .AddForecastGrains(dataDirectory, priorsPath));

        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.MapGet("/api/jurisdictions/{id}", async (string id, ForecastCatalog catalog, IGrainFactory grains) =>
            catalog.TryGetJurisdiction(id, out _)
                ? Results.Ok(await grains.GetGrain<IJurisdictionGrain>(id).GetView())
                : Results.NotFound(new { error = $"unknown jurisdiction '{id}'" }));
        return app;
    }
}
