using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Forecast.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Security;

public static class OperatorAuthentication
{
    /// <summary>How long a browser's operator session lasts without use; each request within it extends it.</summary>
    public static readonly TimeSpan SessionIdle = TimeSpan.FromHours(8);

    /// <summary>
    /// The operators' schemes and the <see cref="ForecastOperator.Policy"/> policy: an HttpOnly, SameSite=Strict cookie
    /// issued at <see cref="ForecastOperator.LoginPath"/> for the operator token (what a browser can present), or the
    /// token itself as a bearer (what a script sends). The writer's token opens neither.
    /// </summary>
    public static IServiceCollection AddForecastOperatorAuthentication(this IServiceCollection services, bool secureCookies)
    {
        // Cookies are sealed with keys held in memory: nothing secret on disk, and a restart signs operators out.
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddAuthentication()
            .AddPolicyScheme(ForecastOperator.Scheme, "Forecast operator", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? ForecastOperator.TokenScheme
                        : ForecastOperator.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, OperatorTokenHandler>(ForecastOperator.TokenScheme, "Forecast operator token", _ => { })
            .AddCookie(ForecastOperator.CookieScheme, options =>
            {
                options.Cookie.Name = ForecastOperator.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.Cookie.Path = "/";
                options.LoginPath = ForecastOperator.LoginPath;
                options.LogoutPath = ForecastOperator.LogoutPath;
                options.AccessDeniedPath = ForecastOperator.LoginPath;
                options.ExpireTimeSpan = SessionIdle;
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = RejectIfTokenChanged;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(ForecastOperator.Policy, policy => policy
                .AddAuthenticationSchemes(ForecastOperator.Scheme)
                .RequireRole(ForecastOperator.Role));
        return services;
    }

    /// <summary>The cookie's principal for the token just presented.</summary>
    public static ClaimsPrincipal Principal(string token) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, ForecastOperator.Role),
            new Claim(ClaimTypes.Role, ForecastOperator.Role),
            new Claim(ForecastOperator.TokenClaim, Digest(token)),
        ],
        ForecastOperator.CookieScheme));

    /// <summary>A cookie issued for an earlier operator token (rotated since) or when none is configured now is refused.</summary>
    private static async Task RejectIfTokenChanged(CookieValidatePrincipalContext context)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<ForecastApiOptions>>().CurrentValue.OperatorToken;
        var issuedFor = context.Principal?.FindFirst(ForecastOperator.TokenClaim)?.Value;
        if (string.IsNullOrEmpty(configured) || issuedFor is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(issuedFor), Encoding.ASCII.GetBytes(Digest(configured))))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ForecastOperator.CookieScheme);
        }
    }

    /// <summary>Names the token without revealing it (the cookie is sealed anyway).</summary>
    private static string Digest(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("forecast-operator\n" + token)));
}
