using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;

namespace Forecast.Hosting.Tests;

/// <summary>
/// A storage error raised on one silo reaches a caller on another: Orleans wraps a failed state read in an
/// OrleansException with the driver's exception inside, and that whole exception must survive serialisation.
/// </summary>
public sealed class StorageExceptionSerializationTests
{
    private static OrleansException StorageFailure() =>
        new("Error from storage provider AdoNetGrainStorage.pair during ReadStateAsync for grain indicator/c0001/ind001",
            new NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 20) or 'Timeout' (currently 15 seconds)"));

    [Fact]
    public void A_storage_error_with_an_npgsql_cause_crosses_silos_with_its_cause()
    {
        using var services = new ServiceCollection().AddSerializer().AddStorageExceptionSerialization().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        var read = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(StorageFailure()));

        var outer = Assert.IsType<OrleansException>(read);
        Assert.Contains("indicator/c0001/ind001", outer.Message);
        var cause = Assert.IsType<NpgsqlException>(outer.InnerException);
        Assert.StartsWith("The connection pool has been exhausted", cause.Message);
    }

    [Fact]
    public void Without_it_orleans_cannot_serialise_the_error_at_all()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        Assert.Throws<CodecNotFoundException>(() => serializer.SerializeToArray<Exception>(StorageFailure()));
    }
}
