using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Forecast.Server.Api;

/// <summary>Reads a write's body within the size cap, and parses JSON strictly, so a bad body is refused before any grain is asked.</summary>
public static partial class RequestBody
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

    /// <summary>
    /// The body as <typeparamref name="T"/>, or 400 naming the JSON path at fault and saying what was expected there in
    /// JSON's terms (the serializer's own messages name .NET types). A leading byte-order mark is not part of the JSON.
    /// </summary>
    public static (T? Value, IResult? Error) ParseJson<T>(byte[] bytes)
        where T : class
    {
        var json = bytes.AsSpan();
        if (json.StartsWith(Encoding.UTF8.Preamble))
            json = json[Encoding.UTF8.Preamble.Length..];
        try
        {
            var value = JsonSerializer.Deserialize<T>(json, ApiJson.Strict);
            return value is null
                ? (null, Problems.BadRequest("$", "$: the body is null; expected an object"))
                : (value, null);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
            return (null, Problems.BadRequest(path, $"{path}: {Describe(e, typeof(T), path)}"));
        }
    }

    /// <summary>What is wrong at <paramref name="path"/>, in the terms of the JSON the client wrote.</summary>
    internal static string Describe(JsonException e, Type root, string path)
    {
        // The serializer's message repeats the path and the line after " Path:"; its first part says what is wrong.
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).TrimEnd();

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            return $"expected {Expected(TypeAt(root, path))}";
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            return $"unknown member '{LastMember(path)}'";
        if (message.Contains("Duplicate property", StringComparison.Ordinal))
            return $"'{LastMember(path)}' is given more than once";
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
            return "must not be null";
        if (MissingMembers().Match(message) is { Success: true } missing)
            return $"missing required member(s): {missing.Groups[1].Value.TrimEnd('.')}";
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
            return "the body is empty; expected a JSON object";
        if (message.Contains("trailing comma", StringComparison.Ordinal))
            return "a trailing comma is not JSON";
        if (message.Contains("maximal allowed depth", StringComparison.Ordinal) || message.Contains("MaxDepth", StringComparison.Ordinal))
            return $"nested deeper than {ApiJson.Strict.MaxDepth} levels";
        // The reader's syntax messages ("'t' is invalid after a single JSON value") name no type; anything else that
        // might is replaced rather than shown.
        return DotNetNames().IsMatch(message) ? "is not valid JSON for this request" : message;
    }

    /// <summary>The .NET type a JSON path leads to from <paramref name="root"/>: members by their camelCase JSON name, items of lists.</summary>
    private static Type? TypeAt(Type root, string path)
    {
        Type? type = root;
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (type is null)
                return null;
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (segment.Groups["index"].Success)
            {
                type = ElementType(type);
                continue;
            }

            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
            type = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == name)?.PropertyType;
        }

        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Expected(Type? type) => type switch
    {
        null => "another kind of value",
        _ when type == typeof(string) => "a string",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(ulong) || type == typeof(uint) => "a whole number from 0 (no quotes, no decimals)",
        _ when type == typeof(int) || type == typeof(long) => "a whole number (no quotes, no decimals)",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number (no quotes, no NaN)",
        _ when type.IsEnum => "one of the documented names, as a string",
        _ when typeof(IEnumerable).IsAssignableFrom(type) => "a list [ … ]",
        _ => "an object { … }",
    };

    private static string LastMember(string path) =>
        PathSegment().Matches(path).LastOrDefault(m => !m.Groups["index"].Success) is { } last
            ? last.Groups["name"].Success ? last.Groups["name"].Value : last.Groups["quoted"].Value
            : path;

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex("missing required properties including: (.*)$")]
    private static partial Regex MissingMembers();

    [GeneratedRegex(@"System\.|Forecast\.|\.NET|`\d|Microsoft\.|reader options|isFinalBlock")]
    private static partial Regex DotNetNames();

    private static IResult TooLarge(int maxBytes) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"the body is over the {maxBytes:#,0}-byte limit");
}
