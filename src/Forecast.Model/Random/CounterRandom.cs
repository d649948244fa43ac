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

    /// <summary>
    /// The 32 random bits of a normal draw. One 64-bit output serves two paths of a block of 16: output j of block b
    /// (counter (step, 8b + j)) gives its low half to path 16b + j and its high half to path 16b + 8 + j, so a vector
    /// of eight (or four) hashes fills sixteen (or eight) paths with no shuffle, and every lane width computes the same
    /// bits. Halves the hashing per draw; 32 bits are ample for the central draws (see <see cref="TailBits"/>).
    /// </summary>
    public static uint DrawBits(ulong streamSeed, int step, long path)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(path);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(path, MaxPaths);
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, MaxSteps);
        var bits = SplitMix64.At(streamSeed, DrawCounter(step, path));
        return (path & 8) == 0 ? (uint)bits : (uint)(bits >> 32);
    }

    /// <summary>The counter whose output holds the 32 bits of (step, path): see <see cref="DrawBits"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong DrawCounter(int step, long path) => ((ulong)step << 40) | ((ulong)path >> 4 << 3) | ((ulong)path & 7);

    /// <summary>
    /// The 20 further bits a draw in a tail of the normal needs: a 32-bit uniform would stop the normal near ±6.2σ
    /// and leave its far tail coarse, so a tail draw appends these to its 32 bits to get the 52 of <see cref="Uniform"/>.
    /// They come from a separate stream of the same (seed, stream), at counter (step, path), and are drawn only for
    /// the one draw in fifty that lands in a tail.
    /// </summary>
    public static uint TailBits(ulong streamSeed, int step, long path)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(path);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(path, MaxPaths);
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, MaxSteps);
        return TailBitsAt(TailSeed(streamSeed), step, path);
    }

    /// <summary><see cref="TailBits"/> given the tail stream's seed, unchecked: for the kernel's inner loop.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static uint TailBitsAt(ulong tailSeed, int step, long path) => (uint)(SplitMix64.At(tailSeed, ((ulong)step << 40) | (ulong)path) >> 44);

    /// <summary>The seed of the tail-bits stream that goes with <paramref name="streamSeed"/>.</summary>
    public static ulong TailSeed(ulong streamSeed) => SplitMix64.Mix(streamSeed ^ 0x7A11_B175_0F7A_11B1UL);

    /// <summary>A uniform in (0, 1) from 32 bits, centred in its cell of width 2^-32.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double Uniform32(uint bits) => (bits + 0.5) * (1.0 / (1UL << 32));

    /// <summary>A tail draw's uniform: its 32 bits followed by its 20 <see cref="TailBits"/>, centred in a cell of 2^-52.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double TailUniform(uint bits, uint tailBits) => Uniform(((ulong)bits << 32) | ((ulong)tailBits << 12));

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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong bits) => ((bits >> 12) + 0.5) * (1.0 / (1UL << 52));
}
