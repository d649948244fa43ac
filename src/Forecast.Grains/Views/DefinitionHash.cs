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

    /// <summary>
    /// The definition with the catalog's published figures for the pair, which a pair is seeded with as it is with its
    /// figures; a pair without any keeps the hash it had before figures were published, so no stored pair is rewritten.
    /// </summary>
    public static string Of(PairDefinition definition, IReadOnlyList<ObservationView> published) =>
        published.Count == 0
            ? Of(definition)
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(definition) + "\n" + JsonSerializer.Serialize(published))));
}
