using Forecast.Grains.Storage;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace Forecast.Hosting;

/// <summary>
/// Reads many grains' states from the rows Orleans' ADO.NET storage writes (OrleansStorage, 3-persistence.sql) in one
/// SELECT: the row of a string-keyed grain's state has the state's name in GrainTypeString, the grain's key in
/// GrainIdExtensionString and zeros in GrainIdN0 and GrainIdN1, so the unique index on (ServiceId, GrainTypeString,
/// GrainIdN0, GrainIdN1, GrainIdExtensionString) finds a jurisdiction's pairs. The payload is decoded by the same
/// serializer the storage writes with, so a state reads as the storage's own read gives it. A cleared state (a row
/// with no payload) reads as none, as it does there.
/// </summary>
/// <remarks>
/// The row does not name the grain's type (only its hash, in GrainIdHash, does): two grain types with a state of the
/// same name and the same keys would be read together. Forecast's state names are its grains' own ("pair" is the
/// indicator grain's), so that does not happen.
/// </remarks>
public sealed class PostgresGrainStateQuery(string connectionString, string serviceId, IGrainStorageSerializer serializer) : IGrainStateQuery
{
    private const string Sql = """
        SELECT GrainIdExtensionString, PayloadBinary
        FROM OrleansStorage
        WHERE ServiceId = @serviceId
            AND GrainTypeString = @stateName
            AND GrainIdN0 = 0 AND GrainIdN1 = 0
            AND GrainIdExtensionString = ANY(@keys)
            AND PayloadBinary IS NOT NULL
        """;

    public async Task<IReadOnlyDictionary<GrainId, T>> ReadMany<T>(string stateName, IReadOnlyCollection<GrainId> grains)
    {
        var states = new Dictionary<GrainId, T>(grains.Count);
        if (grains.Count == 0)
            return states;
        var byKey = grains.ToDictionary(g => g.Key.ToString()!, g => g, StringComparer.Ordinal);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("serviceId", serviceId);
        command.Parameters.AddWithValue("stateName", stateName);
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { Value = byKey.Keys.ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // Two rows of one key differ in the grain type hashed into GrainIdHash: not Forecast's (see remarks).
            if (byKey.TryGetValue(reader.GetString(0), out var grain))
                states[grain] = serializer.Deserialize<T>(new BinaryData(reader.GetFieldValue<byte[]>(1)))!;
        }

        return states;
    }
}
