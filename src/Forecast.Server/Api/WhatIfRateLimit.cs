using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Forecast.Server.Api;

/// <summary>
/// What-ifs need no credential and each costs a Monte Carlo, so each client (by remote address) gets a token bucket:
/// a slider dragged on the page (debounced) stays well inside it, a loop does not. Over it: 429 with Retry-After.
/// </summary>
public static class WhatIfRateLimit
{
    public const string Policy = "what-if";

    public static IServiceCollection AddWhatIfRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ForecastApiOptions.Section).Get<ForecastApiOptions>() ?? new ForecastApiOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.WhatIfBurst,
                    TokensPerPeriod = options.WhatIfPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                else
                    http.Response.Headers.RetryAfter = "1";
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: $"at most {options.WhatIfPerSecond} what-ifs a second per client (bursts of {options.WhatIfBurst}); try again shortly").ExecuteAsync(http);
            };
        });
        return services;
    }
}
