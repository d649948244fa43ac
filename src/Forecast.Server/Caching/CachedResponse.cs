namespace Forecast.Server.Caching;

/// <summary>Writes a <see cref="CachedResource"/>: its ETag, "Cache-Control: no-cache", and 304 when the client has it.</summary>
public static class CachedResponse
{
    public static Task WriteAsync(HttpContext context, CachedResource resource)
    {
        var response = context.Response;
        response.Headers.ETag = resource.ETag;
        // no-cache: keep it, but ask each time (If-None-Match), so a change is seen on the next poll.
        response.Headers.CacheControl = "no-cache";

        if (Matches(context.Request.Headers.IfNoneMatch, resource.ETag.ToString()))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = resource.ContentType;
        if (resource.ContentDisposition is { } disposition)
            response.Headers.ContentDisposition = disposition;
        response.ContentLength = resource.ContentLength;
        return response.Body.WriteAsync(resource.Body).AsTask();
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
            return false;
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
                continue;
            if (string.Equals(value, etag, StringComparison.Ordinal))
                return true; // the poller's usual case: the one tag it was given, sent back verbatim
            if (value.Trim() == "*")
                return true;
            // A list ("a", W/"b"); weak comparison is what If-None-Match uses (RFC 9110 §13.1.2).
            foreach (var candidate in value.Split(','))
            {
                var tag = candidate.Trim();
                if (tag.StartsWith("W/", StringComparison.Ordinal))
                    tag = tag[2..];
                if (tag == etag)
                    return true;
            }
        }

        return false;
    }
}
