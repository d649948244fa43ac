namespace Forecast.Model.Random;

/// <summary>
/// Every random number of a run as a pure function of (scenario seed, stream, path, step), so a run gives the same
/// numbers on one silo or many, in any order, on any thread. A stream names what is drawn: a pair's own growth, or
/// a common factor such as the economy — keyed by factor, not by pair, so every pair sees the same economy on path k.
/// </summary>
public static class CounterRandom
{
    /// <summary>Paths per stream before the counter would wrap into the next step's block: 2^40.</summary>
    public const long MaxPaths = 1L << 40;

    /// <summary>Steps a path may take: 2^24 years is beyond any plan.</summary>
    public const int MaxSteps = 1 << 24;

    /// <summary>
    /// 64 random bits for one draw. The stream gets its own SplitMix64 seed (the scenario seed and the stream id
    /// mixed), and (path, step) a unique position in it.
    /// </summary>
    public static ulong Bits(ulong seed, ulong stream, long path, int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(path);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(path, MaxPaths);
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, MaxSteps);
        return SplitMix64.At(StreamSeed(seed, stream), ((ulong)step << 40) | (ulong)path);
    }

    /// <summary>The SplitMix64 seed of one stream of one scenario.</summary>
    public static ulong StreamSeed(ulong seed, ulong stream) => SplitMix64.Mix(seed ^ SplitMix64.Mix(stream + SplitMix64.Gamma));

    /// <summary>A stream id from a name ("economy", "dandong/new-urban-jobs"): FNV-1a over its UTF-8 bytes, then mixed.</summary>
    public static ulong StreamOf(string name)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(name))
        {
            hash ^= b;
            hash *= 0x100000001B3UL;
        }

        return SplitMix64.Mix(hash);
    }

    /// <summary>
    /// A uniform double in the open interval (0, 1) from the top 52 bits, centred in its cell: never 0 or 1, so a log
    /// or an inverse CDF is safe (with 53 bits the top cell's centre would round up to 1).
    /// </summary>
    public static double Uniform(ulong bits) => ((bits >> 12) + 0.5) * (1.0 / (1UL << 52));
}
