using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Forecast.Model.Random;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// Standard normal draws for a row of consecutive paths of one step, in two passes: the central rational for every
/// draw with no branch, noting which lanes fall in a tail (one draw in fifty); then, for those alone, the 20
/// further bits of <see cref="CounterRandom.TailBits"/> and the tail formula, gathered T.Count at a time. A branch per
/// vector on "any lane in a tail" is taken a third of the time at random and mispredicts (so the gather walks a bitmask
/// 64 draws at a time); computing the tail everywhere doubles the work. Draw (step, path) is a pure function of the stream, the step and the path, the same bits at every
/// lane width (<see cref="CounterRandom.DrawBits"/> says how each 64-bit output serves two paths).
/// </summary>
internal static class NormalDraws
{
    /// <summary>Paths that share one vector of eight hashes: a row is filled a block at a time.</summary>
    public const int Block = 16;

    /// <param name="firstPath">The path of the row's first draw: a multiple of <see cref="Block"/>.</param>
    /// <param name="scratch">Reusable buffers of at least <paramref name="row"/>.Length entries.</param>
    public static void Fill(LaneWidth width, Span<double> row, ulong streamSeed, int step, int firstPath, NormalScratch scratch)
    {
        switch (LaneWidths.Resolve(width))
        {
            case LaneWidth.Vector512: Fill<Vector512Lanes>(row, streamSeed, step, firstPath, scratch); break;
            case LaneWidth.Vector256: Fill<Vector256Lanes>(row, streamSeed, step, firstPath, scratch); break;
            default: Fill<ScalarLanes>(row, streamSeed, step, firstPath, scratch); break;
        }
    }

    /// <summary>The draw of one (step, path), computed alone: the reference the rows are tested against.</summary>
    public static double At(ulong streamSeed, int step, long path)
    {
        var bits = CounterRandom.DrawBits(streamSeed, step, path);
        var p = ScalarLanes.Create(CounterRandom.Uniform32(bits));
        return LaneMath.TailBits(p) == 0
            ? LaneMath.CentralQuantile(p).Value
            : LaneMath.TailQuantile(ScalarLanes.Create(CounterRandom.TailUniform(bits, CounterRandom.TailBits(streamSeed, step, path)))).Value;
    }

    // Hot loops run for milliseconds at a time: compile them fully optimised at once rather than wait for tiering, and
    // never inline them into a caller, whose inlining budget would then run out before the lane arithmetic is inlined.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    internal static void Fill<T>(Span<double> row, ulong streamSeed, int step, int firstPath, NormalScratch scratch) where T : struct, ILanes<T>
    {
        if (firstPath % Block != 0)
            throw new ArgumentException($"a row starts at a multiple of {Block} paths, not at {firstPath}", nameof(firstPath));

        ref var z0 = ref row.GetPinnableReference();
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(scratch.Masks);
        ref var m0 = ref Unsafe.As<ulong, ushort>(ref w0);
        var blocks = row.Length / Block;
        var counter0 = CounterRandom.DrawCounter(step, firstPath);

        // Pass 1: the central value everywhere, except that a tail lane keeps q = p − ½ for pass 2 to read; bit i of
        // the masks says draw i is in a tail, whatever the lane width.
        for (var b = 0; b < blocks; b++)
        {
            ulong blockMask = 0;
            for (var j = 0; j < Block / 2; j += T.Count)
            {
                var low = T.CentredUniforms32(streamSeed, counter0 + (ulong)((b * (Block / 2)) + j), out var high);
                blockMask |= Central(low, ref z0, (b * Block) + j) << j;
                blockMask |= Central(high, ref z0, (b * Block) + (Block / 2) + j) << ((Block / 2) + j);
            }

            Unsafe.Add(ref m0, b) = (ushort)blockMask;
        }

        for (var b = blocks; b % (64 / Block) != 0; b++)
            Unsafe.Add(ref m0, b) = 0;

        for (var i = blocks * Block; i < row.Length; i++)
            row[i] = At(streamSeed, step, firstPath + i);

        // Pass 2: gather the tail lanes' uniforms, add their further bits and apply the tail formula to them T.Count
        // at a time (independent vectors, so they overlap in the pipeline), and scatter the values back.
        var tailSeed = CounterRandom.TailSeed(streamSeed);
        ref var u0 = ref MemoryMarshal.GetArrayDataReference(scratch.Uniforms);
        ref var i0 = ref MemoryMarshal.GetArrayDataReference(scratch.Indices);
        // 64 draws a word: the loop's exit, unpredictable, is paid once per 64 draws rather than once per vector.
        var count = 0;
        var words = ((blocks * Block) + 63) / 64;
        for (var w = 0; w < words; w++)
        {
            var mask = Unsafe.Add(ref w0, w);
            while (mask != 0)
            {
                var i = (w * 64) + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                Unsafe.Add(ref i0, count) = i;
                Unsafe.Add(ref u0, count++) = Unsafe.Add(ref z0, i);
            }
        }

        for (var k = count; k < count + T.Count; k++)
        {
            Unsafe.Add(ref i0, k) = 0;
            Unsafe.Add(ref u0, k) = 0;
        }

        var counterBase = ((ulong)step << 40) | (uint)firstPath;
        for (var k = 0; k < count; k += T.Count)
        {
            var u = T.TailUniforms(T.Load(ref Unsafe.Add(ref u0, k)) + T.Create(0.5), tailSeed, counterBase, ref Unsafe.Add(ref i0, k));
            T.Store(LaneMath.TailQuantile(u), ref Unsafe.Add(ref u0, k));
        }

        for (var k = 0; k < count; k++)
            Unsafe.Add(ref z0, Unsafe.Add(ref i0, k)) = Unsafe.Add(ref u0, k);
    }

    /// <summary>Stores the central value of T.Count draws at <paramref name="i"/>, or a tail lane's q; says which lanes are in a tail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Central<T>(T q, ref double z0, int i) where T : struct, ILanes<T>
    {
        var r = q * q;
        T.Store(T.SelectLess(r, T.Create(LaneMath.TailSquare), LaneMath.CentralQuantile(q, r), q, out var tails), ref Unsafe.Add(ref z0, i));
        return tails;
    }
}
