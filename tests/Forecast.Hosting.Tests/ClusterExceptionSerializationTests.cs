using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Serialization;

namespace Forecast.Hosting.Tests;

/// <summary>
/// An error raised on one silo reaches a caller on another with its cause, whatever namespace the cause's type is in:
/// Orleans wraps a failed state read in an OrleansException with the driver's exception inside, and a placement
/// timeout in a TimeoutException with Polly's inside.
/// </summary>
public sealed class ClusterExceptionSerializationTests
{
    private static OrleansException StorageFailure() =>
        new("Error from storage provider AdoNetGrainStorage.pair during ReadStateAsync for grain indicator/c0001/ind001",
            new NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 20) or 'Timeout' (currently 15 seconds)"));

    private static Serializer SerializerOf(IServiceCollection services) => services.BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void A_storage_error_with_an_npgsql_cause_crosses_silos_with_its_cause()
    {
        var serializer = SerializerOf(new ServiceCollection().AddSerializer().AddClusterExceptionSerialization());

        var read = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(StorageFailure()));

        var outer = Assert.IsType<OrleansException>(read);
        Assert.Contains("indicator/c0001/ind001", outer.Message);
        var cause = Assert.IsType<NpgsqlException>(outer.InnerException);
        Assert.StartsWith("The connection pool has been exhausted", cause.Message);
    }

    [Fact]
    public void A_timeout_caused_by_a_library_outside_microsoft_and_system_crosses_with_its_cause()
    {
        var serializer = SerializerOf(new ServiceCollection().AddSerializer().AddClusterExceptionSerialization());
        var timeout = new TimeoutException("Grain placement operation timed out for grain jurisdiction/syn-p006-c02166.", new LibraryTimeoutException());

        var read = Assert.IsType<TimeoutException>(serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(timeout)));

        Assert.Contains("jurisdiction/syn-p006-c02166", read.Message);
        Assert.Equal("The operation didn't complete within the allowed timeout of '00:00:30'.", Assert.IsType<LibraryTimeoutException>(read.InnerException).Message);
    }

    [Fact]
    public void Without_it_orleans_cannot_serialise_the_error_at_all()
    {
        var serializer = SerializerOf(new ServiceCollection().AddSerializer());

        Assert.Throws<CodecNotFoundException>(() => serializer.SerializeToArray<Exception>(StorageFailure()));
    }

    /// <summary>As Polly's TimeoutRejectedException: a library's exception, in none of Orleans' default namespaces.</summary>
    private sealed class LibraryTimeoutException() : Exception("The operation didn't complete within the allowed timeout of '00:00:30'.");
}
