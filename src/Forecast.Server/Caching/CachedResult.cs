namespace Forecast.Server.Caching;

/// <summary>An endpoint's answer from the <see cref="ResourceCache"/>: 200 with the bytes, or 304 when the client's tag matches.</summary>
public sealed class CachedResult(CachedResource resource) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => CachedResponse.WriteAsync(httpContext, resource);
}
