using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forecast.Reports;

/// <summary>Writes <see cref="ReportDocument"/> as indented UTF-8 JSON, Chinese kept readable, in a fixed field order.</summary>
public static class JsonReport
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(RunReport report) => JsonSerializer.Serialize(ReportDocument.Of(report), Options) + "\n";

    public static ReportDocument Read(string json) =>
        JsonSerializer.Deserialize<ReportDocument>(json, Options) ?? throw new JsonException("The report is empty.");
}
