using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace Forecast.Hosting;

/// <summary>
/// Grain state as plain UTF-8 JSON: property names and values, never a CLR type or assembly name. A state class
/// may be renamed or moved to another namespace or assembly and still read the rows written before, and an
/// operator can read a row with <c>convert_from(PayloadBinary, 'UTF8')</c>. Enums are written by name so that
/// reordering members does not change stored meaning; NaN and infinities round-trip as named literals.
/// </summary>
public sealed class ForecastGrainStateSerializer : IGrainStorageSerializer
{
    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, JsonOptions));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, JsonOptions)
        ?? throw new JsonException($"Stored grain state for {typeof(T).Name} is JSON null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            PreferredObjectCreationHandling = JsonObjectCreationHandling.Replace,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
