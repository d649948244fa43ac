using System.Text.Json;

namespace Forecast.Server.Api;

/// <summary>Reads a write's body within the size cap, and parses JSON strictly, so a bad body is refused before any grain is asked.</summary>
public static class RequestBody
{
    /// <summary>The body's bytes, or 413 when it is larger than <paramref name="maxBytes"/> (declared or actual).</summary>
    public static async Task<(byte[]? Bytes, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return (null, TooLarge(maxBytes));

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return (null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The body as <typeparamref name="T"/>, or 400 naming the JSON path at fault.</summary>
    public static (T? Value, IResult? Error) ParseJson<T>(byte[] bytes)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, ApiJson.Strict);
            return value is null
                ? (null, Problems.BadRequest("$", "$: the body is null; expected an object"))
                : (value, null);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
            return (null, Problems.BadRequest(path, $"{path}: {Describe(e)}"));
        }
    }

    // The serializer's message repeats the path and the line; keep its first sentence, which says what is wrong.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    private static IResult TooLarge(int maxBytes) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"the body is over the {maxBytes:#,0}-byte limit");
}
