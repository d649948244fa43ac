using System.Net;
using System.Text;
using Forecast.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Security;

/// <summary>
/// Where an operator exchanges the operator token for the dashboard's cookie: a form a browser can fill in (the
/// dashboard sends a browser without the cookie here), or a POST with the token as a bearer from a script.
/// </summary>
public static class OperatorLoginEndpoints
{
    private const string Dashboard = "/dashboard/";

    public static IEndpointRouteBuilder MapOperatorLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(ForecastOperator.LoginPath, (string? returnUrl) => Form(returnUrl, null, StatusCodes.Status200OK)).ExcludeFromDescription();
        app.MapPost(ForecastOperator.LoginPath, LogIn).ExcludeFromDescription();
        app.MapPost(ForecastOperator.LogoutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(ForecastOperator.CookieScheme);
            return Results.Redirect(ForecastOperator.LoginPath, permanent: false, preserveMethod: false);
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LogIn(
        HttpContext context, string? returnUrl, IOptionsMonitor<ForecastApiOptions> options, AuthenticationFailureLog failures, CancellationToken cancellationToken)
    {
        var configured = options.CurrentValue.OperatorToken;
        if (string.IsNullOrEmpty(configured))
            return Form(returnUrl, "No operator token is configured (Forecast:Api:OperatorToken): the dashboard is closed.", StatusCodes.Status403Forbidden);

        var (presented, error) = await Presented(context.Request, options.CurrentValue.MaxBodyBytes, cancellationToken);
        if (error is not null)
            return error;
        if (string.IsNullOrEmpty(presented) || !BearerTokenHandler.SameSecret(presented, configured))
        {
            failures.Failed("operator", context.Connection.RemoteIpAddress);
            return Form(returnUrl, "That is not the operator token.", StatusCodes.Status401Unauthorized);
        }

        await context.SignInAsync(ForecastOperator.CookieScheme, OperatorAuthentication.Principal(configured));
        // 303: the browser follows with a GET, and a reload does not post the token again.
        context.Response.Headers.Location = IsLocal(returnUrl) ? returnUrl : Dashboard;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The token from "Authorization: Bearer", else from the form's <c>token</c> field (size-capped like every body).</summary>
    private static async Task<(string? Token, IResult? Error)> Presented(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        string authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return (authorization["Bearer ".Length..].Trim(), null);
        if (request.ContentType is not { } type || !type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.UnsupportedMediaType("the operator token is sent as a form (application/x-www-form-urlencoded) or as a bearer token"));
        var (bytes, tooLarge) = await RequestBody.ReadAsync(request, maxBytes, cancellationToken);
        if (tooLarge is not null)
            return (null, tooLarge);
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(bytes!));
        return (form.TryGetValue("token", out var token) ? token.ToString() : null, null);
    }

    /// <summary>Only a path on this server: a login must not send the browser elsewhere.</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Form(string? returnUrl, string? message, int status)
    {
        var action = ForecastOperator.LoginPath + (IsLocal(returnUrl) ? "?returnUrl=" + Uri.EscapeDataString(returnUrl!) : "");
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Forecast — operator sign-in</title>
              <link rel="stylesheet" href="/assets/app.css">
            </head>
            <body>
              <main>
                <h1>Operator sign-in</h1>
                <p>The Orleans dashboard needs the operator token (Forecast:Api:OperatorToken), not the writers' token.</p>
                <form method="post" action="{WebUtility.HtmlEncode(action)}">
                  <label>Operator token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
                  <button type="submit">Sign in</button>
                </form>
                {(message is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(message)}</p>")}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
