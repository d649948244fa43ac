namespace Forecast.Server.Security;

/// <summary>
/// Headers every answer carries: no content sniffing, no framing by another site, and for the page (and everything
/// but the Orleans dashboard, whose own page needs more) a content security policy allowing nothing but this server's
/// own scripts, styles, images and fetches.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The page's policy: it loads /assets/app.js and app.css, draws SVG in the DOM and fetches /api.</summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The Orleans dashboard's: only that it is never framed.</summary>
    public const string DashboardPolicy = "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/dashboard") ? DashboardPolicy : PagePolicy;
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
}
