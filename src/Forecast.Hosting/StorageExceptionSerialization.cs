using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Forecast.Hosting;

/// <summary>
/// Lets PostgreSQL's exceptions cross silos. Orleans wraps a failed state read or write in an
/// <see cref="OrleansException"/> naming the provider, the state, the operation and the grain, with the driver's
/// exception inside; but its exception codec serialises only types under the namespaces it is told to
/// ("Microsoft", "System", "Azure" by default), so an <c>Npgsql.NpgsqlException</c> inside made the whole answer
/// unserialisable: the caller on another silo got a <c>CodecNotFoundException</c> instead of the storage error, and
/// the cause was lost. With "Npgsql" allowed, the caller gets the storage error itself (type, message, stack, inner
/// exception), on every silo and client, since each carries Npgsql.
/// </summary>
public static class StorageExceptionSerialization
{
    public const string NpgsqlNamespace = "Npgsql";

    public static IServiceCollection AddStorageExceptionSerialization(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options => options.SupportedNamespacePrefixes.Add(NpgsqlNamespace));
}
