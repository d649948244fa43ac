using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains;
using Forecast.Grains.Runs;
using Forecast.Grains.Telemetry;
using Forecast.Hosting;
using Forecast.Model.Forecasting;
using Forecast.Scenarios;
using Forecast.Server.Api;
using Forecast.Server.Security;
using Orleans.Dashboard;

namespace Forecast.Server;

/// <summary>Wires the host together: the silo, the catalog, the endpoints. No logic of its own.</summary>
public static partial class ForecastServer
{
    public static WebApplication Build(string[] args)
    {
        // appsettings.json is read from beside the binary, not from wherever the server is started: run from the
        // repository root it would otherwise be missed, and with it the bind address and the log levels.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--telemetry"] = "Forecast:Telemetry" });
        var options = builder.Configuration.GetSection(ForecastServerOptions.Section).Get<ForecastServerOptions>() ?? new ForecastServerOptions();
        var dataDirectory = DataDirectory.Resolve(options.DataDirectory)
            ?? throw new InvalidOperationException("No catalog found: set Forecast:DataDirectory or FORECAST_DATA.");

        var priorsPath = string.IsNullOrEmpty(options.PriorsPath) ? Path.Combine(dataDirectory, "..", "scenarios", "priors.yaml") : options.PriorsPath;
        var (catalog, priors) = LoadModelInputs(dataDirectory, priorsPath);

        var runs = builder.Configuration.GetSection(RunRetentionOptions.Section).Get<RunRetentionOptions>() ?? new RunRetentionOptions();
        if (runs.Validate() is { Count: > 0 } runErrors)
            throw new ForecastConfigurationException(string.Join(Environment.NewLine, runErrors));
        builder.Services.Configure<RunRetentionOptions>(builder.Configuration.GetSection(RunRetentionOptions.Section));

        var api = builder.Configuration.GetSection(ForecastApiOptions.Section).Get<ForecastApiOptions>() ?? new ForecastApiOptions();
        if (api.CredentialErrors() is { Count: > 0 } credentialErrors)
            throw new ForecastConfigurationException(string.Join(Environment.NewLine, credentialErrors));
        // No "Server: Kestrel": nothing tells a caller what to try first.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddHealthChecks();
        builder.Services.AddForecastTelemetry(options.Telemetry);
        builder.Services.AddForecastApi(builder.Configuration, dataDirectory);
        // Forecast:Cluster decides the clustering and the "forecast" storage: embedded memory or PostgreSQL.
        builder.UseOrleans(silo => silo
            .UseForecastCluster(builder.Configuration)
            .AddForecastGrains(catalog, priors, rehearseOnStart: true)
            .AddDashboard());

        var app = builder.Build();
        foreach (var warning in api.CredentialWarnings())
            LogCredentialWarning(app.Logger, warning);
        app.MapHealthChecks("/health");
        app.MapForecastApi();
        // Operators see the cluster (silos, grains, calls) with their own credential: a browser signs in at
        // /operator/login for a cookie, a script sends the operator token. Not part of the API's description.
        app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(ForecastOperator.Policy).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The catalog and the priors, every error in them the operator's to fix, located and without a stack trace: the
    /// priors pass the scenario reader's YAML bounds first, so no file can exhaust the stack before the host starts.
    /// </summary>
    private static (ForecastCatalog Catalog, ForecastPriors Priors) LoadModelInputs(string dataDirectory, string priorsPath)
    {
        try
        {
            var catalog = CatalogLoader.Load(dataDirectory);
            YamlGuard.Check(priorsPath);
            return (catalog, PriorsReader.Read(priorsPath, catalog));
        }
        catch (CatalogException e)
        {
            throw new ForecastConfigurationException(string.Join(Environment.NewLine, e.Errors));
        }
        catch (ScenarioFileException e)
        {
            throw new ForecastConfigurationException(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogCredentialWarning(ILogger logger, string warning);
}
