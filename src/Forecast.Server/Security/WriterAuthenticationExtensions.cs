using Microsoft.AspNetCore.Authentication;

namespace Forecast.Server.Security;

public static class WriterAuthenticationExtensions
{
    /// <summary>
    /// Registers the writer-token scheme and the <see cref="ForecastWriter.Policy"/> policy. The scheme is not the
    /// default one, so GETs never pay for authentication; only endpoints that require the policy run it.
    /// </summary>
    public static IServiceCollection AddForecastWriterAuthentication(this IServiceCollection services)
    {
        // With a single scheme registered ASP.NET Core makes it the default and authenticates every request with it,
        // every poll included; this documented switch turns that off, so only endpoints requiring the policy pay.
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        services.AddSingleton<AuthenticationFailureLog>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, WriterTokenHandler>(ForecastWriter.Scheme, displayName: "Forecast writer token", _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(ForecastWriter.Policy, policy => policy
                .AddAuthenticationSchemes(ForecastWriter.Scheme)
                .RequireAuthenticatedUser());
        return services;
    }
}
