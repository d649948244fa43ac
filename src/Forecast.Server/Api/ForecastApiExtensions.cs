using System.Text.Json.Serialization;
using Forecast.Server.Caching;
using Forecast.Server.Security;

namespace Forecast.Server.Api;

public static class ForecastApiExtensions
{
    /// <summary>The API's services: options, writer authentication, the GET cache, the startup run and OpenAPI.</summary>
    public static IServiceCollection AddForecastApi(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<ForecastApiOptions>()
            .Bind(configuration.GetSection(ForecastApiOptions.Section))
            .Validate(o => o.MaxBodyBytes > 0, "Forecast:Api:MaxBodyBytes must be positive")
            .Validate(o => o.MaxBulkBytes > 0, "Forecast:Api:MaxBulkBytes must be positive")
            .Validate(o => o.MaxBulkRows > 0, "Forecast:Api:MaxBulkRows must be positive")
            .Validate(o => o.RefreshAfter > TimeSpan.Zero, "Forecast:Api:RefreshAfter must be positive")
            .Validate(o => o.WhatIfPerSecond > 0 && o.WhatIfBurst > 0, "Forecast:Api:WhatIfPerSecond and WhatIfBurst must be positive")
            .ValidateOnStart();
        services.AddForecastWriterAuthentication();
        services.AddForecastOperatorAuthentication(configuration.GetSection(ForecastApiOptions.Section).Get<ForecastApiOptions>()?.SecureCookies ?? false);

        // What the framework refuses by itself (401, 403, 404, 405, 415) is answered as problem+json like the rest.
        services.AddProblemDetails();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ResourceCache>();
        services.AddSingleton<DashboardAssets>();
        services.AddSingleton<StartupRun>();
        services.AddSingleton<KnownRuns>();
        services.AddSingleton<CatalogTree>();
        services.AddSingleton<ScenarioVocabularySource>();
        services.AddSingleton(sp => new StartupScenarioSource(dataDirectory, sp.GetRequiredService<ScenarioVocabularySource>()));
        services.AddHostedService<StartupRunService>();
        services.AddWhatIfRateLimit(configuration);
        services.ConfigureHttpJsonOptions(json =>
        {
            // Numbers are numbers: the web default also reads them from strings, which OpenAPI then types as
            // "number or string". Bodies are read by ApiJson.Strict anyway.
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            json.SerializerOptions.Encoder = ApiJson.Write.Encoder;
            foreach (var converter in ApiJson.Write.Converters)
                json.SerializerOptions.Converters.Add(converter);
        });
        services.AddOpenApi("v1", openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Forecast API";
                document.Info.Description = "Which livelihood targets are likely to be missed: the jurisdiction tree, rollups, pair forecasts, the growth table, runs and observations. Every GET carries an ETag and answers 304 to If-None-Match; the POSTs need the writer's bearer token.";
                return Task.CompletedTask;
            });
            openApi.AddWriterBearerScheme();
        });
        return services;
    }

    /// <summary>The endpoints under <c>/api</c>, the OpenAPI document at <c>/openapi/v1.json</c> and the page at <c>/</c>.</summary>
    public static WebApplication MapForecastApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseETagBuffering("/openapi");
        app.UseAuthentication();
        app.UseWritesAuthenticateFirst();
        app.UseAuthorization();
        app.UseRateLimiter();
        var api = app.MapGroup("/api").WithTags("forecast");
        api.MapJurisdictionEndpoints();
        api.MapPairEndpoints();
        api.MapWhatIfEndpoints();
        api.MapObservationEndpoints();
        api.MapGrowthEndpoints();
        api.MapRunEndpoints();
        app.MapOpenApi();
        app.MapDashboard();
        app.MapOperatorLogin();
        return app;
    }
}
