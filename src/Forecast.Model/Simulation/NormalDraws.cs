using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Forecast.Model.Random;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// Standard normal draws for a row of consecutive paths of one step, in two passes: the central rational for every
/// draw with no branch, appending the lanes that fall in a tail (about one draw in twenty) to a list by a compress
/// (no branch either); then, for those alone, the 20 further bits of <see cref="CounterRandom.TailBits"/> and the
/// tail formula, T.Count at a time. A branch per vector on "any lane in a tail" is taken a third of the time at random
/// and mispredicts, and so does a loop over each vector's tail lanes (it cost a quarter of the draw's time); computing
/// the tail everywhere doubles the work. Draw (step, path) is a pure function of the stream, the step and the path, the same bits at every
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
        ref var u0 = ref MemoryMarshal.GetArrayDataReference(scratch.Uniforms);
        ref var i0 = ref MemoryMarshal.GetArrayDataReference(scratch.Positions);
        var blocks = row.Length / Block;
        var counter0 = CounterRandom.DrawCounter(step, firstPath);

        // Pass 1: the central value everywhere; a tail lane's uniform and position are appended to the tail list.
        var lanes = T.Indices;
        var count = 0;
        for (var b = 0; b < blocks; b++)
        {
            for (var j = 0; j < Block / 2; j += T.Count)
            {
                var low = T.Uniforms32(streamSeed, counter0 + (ulong)((b * (Block / 2)) + j), out var high);
                count += Central(low, lanes, ref z0, (b * Block) + j, ref Unsafe.Add(ref u0, count), ref Unsafe.Add(ref i0, count));
                count += Central(high, lanes, ref z0, (b * Block) + (Block / 2) + j, ref Unsafe.Add(ref u0, count), ref Unsafe.Add(ref i0, count));
            }
        }

        for (var i = blocks * Block; i < row.Length; i++)
            row[i] = At(streamSeed, step, firstPath + i);

        // Pass 2: the tail lanes' further bits and the tail formula, T.Count at a time (independent vectors, so they
        // overlap in the pipeline), then the values scattered back. The last batch is filled out with harmless lanes.
        for (var k = count; k < count + T.Count; k++)
        {
            Unsafe.Add(ref i0, k) = 0;
            Unsafe.Add(ref u0, k) = 0.5;
        }

        var tailSeed = CounterRandom.TailSeed(streamSeed);
        var counterBase = ((ulong)step << 40) | (uint)firstPath;
        for (var k = 0; k < count; k += T.Count)
        {
            var u = T.TailUniforms(T.Load(ref Unsafe.Add(ref u0, k)), tailSeed, counterBase, T.Load(ref Unsafe.Add(ref i0, k)));
            T.Store(LaneMath.TailQuantile(u), ref Unsafe.Add(ref u0, k));
        }

        for (var k = 0; k < count; k++)
            Unsafe.Add(ref z0, (int)Unsafe.Add(ref i0, k)) = Unsafe.Add(ref u0, k);
    }

    /// <summary>
    /// Stores the central value of T.Count draws at <paramref name="i"/> (a tail lane's is overwritten in pass 2) and
    /// appends the tail lanes' uniforms and positions; says how many it appended.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Central<T>(T p, T lanes, ref double z0, int i, ref double tailUniforms, ref double tailPositions) where T : struct, ILanes<T>
    {
        var q = p - T.Create(0.5);
        var r = q * q;
        T.Store(LaneMath.CentralQuantile(q, r), ref Unsafe.Add(ref z0, i));
        return T.AppendWhere(T.GreaterOrEqualMask(r, T.Create(LaneMath.TailSquare)), p, T.Create(i) + lanes, ref tailUniforms, ref tailPositions);
    }
}
