namespace Forecast.Server.Caching;

/// <summary>
/// Gives a GET that other code writes (the OpenAPI document) the same validators as the cached endpoints: the body is
/// buffered, hashed into an ETag, and replaced by 304 when the client already has it.
/// </summary>
public static class ETagBufferingMiddleware
{
    public static IApplicationBuilder UseETagBuffering(this IApplicationBuilder app, PathString under) =>
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments(under),
            branch => branch.Use(async (context, next) =>
            {
                var original = context.Response.Body;
                using var buffer = new MemoryStream();
                context.Response.Body = buffer;
                try
                {
                    await next(context);
                }
                finally
                {
                    context.Response.Body = original;
                }

                if (context.Response.StatusCode != StatusCodes.Status200OK)
                {
                    buffer.Position = 0;
                    await buffer.CopyToAsync(original);
                    return;
                }

                var resource = new CachedResource(buffer.ToArray(), context.Response.ContentType ?? "application/octet-stream");
                await CachedResponse.WriteAsync(context, resource);
            }));
}
