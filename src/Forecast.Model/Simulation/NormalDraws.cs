using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// Standard normal draws for a row of consecutive counters, in two passes: the central rational for every draw with
/// no branch, noting which lanes fall in a tail (about one draw in twenty); then the tail formula for those alone,
/// gathered T.Count at a time. A branch per vector on "any lane in a tail" is taken a third of the time at random and mispredicts;
/// computing the tail everywhere doubles the work. Each draw equals <see cref="LaneMath.NormalQuantile{T}"/> of its
/// uniform, bit for bit.
/// </summary>
internal static class NormalDraws
{
    /// <param name="scratch">Reusable buffers of at least <paramref name="row"/>.Length entries.</param>
    public static void Fill(LaneWidth width, Span<double> row, ulong streamSeed, ulong counter0, NormalScratch scratch)
    {
        switch (LaneWidths.Resolve(width))
        {
            case LaneWidth.Vector512: Fill<Vector512Lanes>(row, streamSeed, counter0, scratch); break;
            case LaneWidth.Vector256: Fill<Vector256Lanes>(row, streamSeed, counter0, scratch); break;
            default: Fill<ScalarLanes>(row, streamSeed, counter0, scratch); break;
        }
    }

    // Hot loops run for milliseconds at a time: compile them fully optimised at once rather than wait for tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Fill<T>(Span<double> row, ulong streamSeed, ulong counter0, NormalScratch scratch) where T : struct, ILanes<T>
    {
        ref var z0 = ref row.GetPinnableReference();
        ref var m0 = ref MemoryMarshal.GetArrayDataReference(scratch.Masks);
        var vectors = row.Length / T.Count;
        var tailProbability = T.Create(LaneMath.TailProbability);

        // Pass 1: the central value everywhere, except that a tail lane keeps its uniform for pass 2 to read.
        for (var v = 0; v < vectors; v++)
        {
            var i = v * T.Count;
            var p = T.Uniforms(streamSeed, counter0 + (ulong)i);
            var tail = T.Min(p, T.Create(1.0) - p);
            T.Store(T.SelectLess(tail, tailProbability, p, LaneMath.CentralQuantile(p)), ref Unsafe.Add(ref z0, i));
            Unsafe.Add(ref m0, v) = (byte)LaneMath.TailBits(p);
        }

        for (var i = vectors * T.Count; i < row.Length; i++)
            row[i] = LaneMath.NormalQuantile(ScalarLanes.Uniforms(streamSeed, counter0 + (ulong)i)).Value;

        // Pass 2: gather the tail lanes' uniforms, apply the tail formula to them T.Count at a time (independent
        // vectors, so they overlap in the pipeline), and scatter the values back.
        ref var u0 = ref MemoryMarshal.GetArrayDataReference(scratch.Uniforms);
        ref var i0 = ref MemoryMarshal.GetArrayDataReference(scratch.Indices);
        var count = 0;
        for (var v = 0; v < vectors; v++)
        {
            uint mask = Unsafe.Add(ref m0, v);
            while (mask != 0)
            {
                var i = (v * T.Count) + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                Unsafe.Add(ref i0, count) = i;
                Unsafe.Add(ref u0, count++) = Unsafe.Add(ref z0, i);
            }
        }

        for (var k = count; k < count + T.Count; k++)
            Unsafe.Add(ref u0, k) = 0.5;
        for (var k = 0; k < count; k += T.Count)
            T.Store(LaneMath.TailQuantile(T.Load(ref Unsafe.Add(ref u0, k))), ref Unsafe.Add(ref u0, k));
        for (var k = 0; k < count; k++)
            Unsafe.Add(ref z0, Unsafe.Add(ref i0, k)) = Unsafe.Add(ref u0, k);
    }
}
