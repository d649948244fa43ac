using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains;
using Forecast.Server.Api;

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

        builder.Services.AddForecastCatalog(dataDirectory);
        builder.Services.AddHealthChecks();
        builder.Services.AddForecastApi(builder.Configuration, dataDirectory);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort));

        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.MapForecastApi();
        return app;
    }
}
