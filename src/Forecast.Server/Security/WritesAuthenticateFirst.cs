using Microsoft.AspNetCore.Authentication;

namespace Forecast.Server.Security;

public static class WritesAuthenticateFirst
{
    /// <summary>
    /// Every write under <c>/api</c> needs the writer token, and a caller without it learns nothing else about the
    /// request: routing answers a wrong media type (415) or method (405) before the endpoint's own authorization would
    /// run, so the token is checked here, right after routing, and a missing one is 401 and a wrong one 403.
    /// </summary>
    public static IApplicationBuilder UseWritesAuthenticateFirst(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            // A POST that only reads (a pair's what-if) stores nothing and needs no token, whatever routing made of it
            // (its own endpoint, or the framework's 415 for a wrong media type).
            if (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
                && !Api.WhatIfEndpoints.IsWhatIf(request.Path))
            {
                var result = await context.AuthenticateAsync(ForecastWriter.Scheme);
                if (!result.Succeeded)
                {
                    await context.ChallengeAsync(ForecastWriter.Scheme);
                    return;
                }
            }

            await next(context);
        });
}
