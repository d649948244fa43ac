using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Forecast.Contracts;

/// <summary>
/// Names a scenario by its content: the SHA-256 of its canonical JSON, in lowercase hex. Two files that differ only in
/// comments, key order or layout give the same hash; any change to a number gives another.
/// </summary>
public static class ScenarioHash
{
    // Named literals for NaN and ±∞, so a scenario with one still gets a run id and reaches validation, which names the field.
    private static readonly JsonSerializerOptions Canonical = new() { WriteIndented = false, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Of(Scenario scenario) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(scenario, Canonical))));
}
