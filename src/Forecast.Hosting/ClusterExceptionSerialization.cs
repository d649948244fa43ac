using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Forecast.Hosting;

/// <summary>
/// Lets any exception cross silos. Orleans' exception codec serialises only exception types under the namespaces it
/// is told to ("Microsoft", "System", "Azure" by default); anything else inside an error, at any depth, makes the
/// whole answer unserialisable, and the caller gets a <c>CodecNotFoundException</c> instead of the error. Seen on this
/// cluster: a failed pair read (<c>OrleansException</c> around <c>Npgsql.NpgsqlException</c>) and a grain placement
/// timeout (<c>TimeoutException</c> around <c>Polly.Timeout.TimeoutRejectedException</c>), each of which failed a
/// run with the cause lost. Every exception type is allowed here (type name, message, stack, inner exception; a
/// receiver without the type gets Orleans' fallback exception with the same text): the peers are the cluster's own
/// silos and clients.
/// </summary>
public static class ClusterExceptionSerialization
{
    public static IServiceCollection AddClusterExceptionSerialization(this IServiceCollection services) =>
        services.Configure<ExceptionSerializationOptions>(options => options.SupportedExceptionTypeFilter = type => typeof(Exception).IsAssignableFrom(type));
}
