using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Forecast.Contracts;

namespace Forecast.Grains.Views;

/// <summary>Names a pair's definition by its content (SHA-256 of its JSON), so a changed catalog is seen pair by pair.</summary>
public static class DefinitionHash
{
    public static string Of(PairDefinition definition) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(definition))));
}
