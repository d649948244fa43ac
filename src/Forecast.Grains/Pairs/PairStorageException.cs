namespace Forecast.Grains.Pairs;

/// <summary>
/// A pair's stored state could not be read. The message names the pair, what was being done and the storage's own
/// error (type and message); the storage's exception itself is logged on the silo where it happened and not carried,
/// because a driver's exception type (Npgsql's) need not be one every silo and client can deserialise.
/// </summary>
[GenerateSerializer, Alias("forecast.PairStorageException")]
public sealed class PairStorageException : OrleansException
{
    public PairStorageException(string pair, string doing, Exception cause)
        : base($"Pair {pair}: {doing} failed: {cause.GetType().FullName}: {cause.Message}")
    {
        Pair = pair;
    }

    [Id(0)]
    public string Pair { get; private set; }
}
