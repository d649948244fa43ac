using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Forecast.Server.Caching;

/// <summary>
/// A GET's answer as bytes, with an entity tag that is the hash of those bytes: the tag changes exactly when the
/// content does, whoever computed it and however often.
/// </summary>
public sealed class CachedResource
{
    public CachedResource(byte[] body, string contentType)
    {
        Body = body;
        ContentType = contentType;
        ETag = new StringValues($"\"{Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"");
        ContentLength = body.Length;
    }

    public byte[] Body { get; }

    public string ContentType { get; }

    /// <summary>"attachment; filename=…" for a file to save (a workbook) rather than show; null for the API's own answers.</summary>
    public string? ContentDisposition { get; init; }

    /// <summary>A strong validator, quoted as the header carries it.</summary>
    public StringValues ETag { get; }

    public long ContentLength { get; }
}
