using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Forecast.Server.Caching;

namespace Forecast.Server.Api;

/// <summary>How the API writes and reads JSON: camelCase, Chinese as itself, and strict reading for request bodies.</summary>
public static class ApiJson
{
    /// <summary>What every GET writes.</summary>
    public static JsonSerializerOptions Write { get; } = new(JsonSerializerDefaults.Web)
    {
        // Served as application/json only, never inlined into HTML: Chinese and quotes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>
    /// What a request body must be: members spelt exactly (the web defaults would take "ID" for "id"), each once, no
    /// unknown members, every constructor parameter present, no null where the record says non-null, no numbers in
    /// strings, no "NaN". A mistake is reported with its JSON path.
    /// </summary>
    public static JsonSerializerOptions Strict { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public const string ContentType = "application/json; charset=utf-8";

    public static CachedResource Resource<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, Write), ContentType);
}
