using System.Runtime.CompilerServices;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// The inner loop: T.Count paths at a time, one year after another, each path's state held in a register. Nothing is
/// allocated; every draw is a pure function of (seed, the pair's stream, path, year).
/// </summary>
internal static class PathKernel
{
    /// <summary>Simulates paths [<paramref name="from"/>, <paramref name="to"/>), <paramref name="from"/> a multiple of 64.</summary>
    /// <param name="hitWords">One bit per path, zeroed by the caller; set here where the path meets the target.</param>
    /// <param name="finals">The state at the target year, per path.</param>
    /// <param name="yearly">Empty, or Steps × paths: the state (or, for each-year flows, the year's flow) per year.</param>
    /// <param name="factorOffsets">Steps × loadings: where each loading's draws for the year begin in the factor data.</param>
    public static void Simulate(LaneWidth width, PathModel model, ulong seed, FactorPaths factors, ReadOnlySpan<int> factorOffsets, int from, int to, Span<ulong> hitWords, Span<double> finals, Span<double> yearly)
    {
        var end = from;
        switch (LaneWidths.Resolve(width))
        {
            case LaneWidth.Vector512:
                end = from + ((to - from) / Vector512Lanes.Count * Vector512Lanes.Count);
                Simulate<Vector512Lanes>(model, seed, factors, factorOffsets, from, end, hitWords, finals, yearly);
                break;
            case LaneWidth.Vector256:
                end = from + ((to - from) / Vector256Lanes.Count * Vector256Lanes.Count);
                Simulate<Vector256Lanes>(model, seed, factors, factorOffsets, from, end, hitWords, finals, yearly);
                break;
        }

        Simulate<ScalarLanes>(model, seed, factors, factorOffsets, end, to, hitWords, finals, yearly);
    }

    private static void Simulate<T>(PathModel model, ulong seed, FactorPaths factors, ReadOnlySpan<int> factorOffsets, int from, int to, Span<ulong> hitWords, Span<double> finals, Span<double> yearly)
        where T : struct, ILanes<T>
    {
        var streamSeed = Random.CounterRandom.StreamSeed(seed, model.Stream);
        var steps = model.Steps;
        var loadings = model.Loadings;
        var paths = finals.Length;
        var keepYears = !yearly.IsEmpty;
        var shape = model.Shape;
        var meetsAbove = model.MeetsAbove;
        var spread = T.Create(model.Spread);
        var threshold = T.Create(model.Threshold);
        var start = T.Create(shape switch
        {
            PathShape.FlowEachYear => meetsAbove ? double.MaxValue : double.MinValue,
            _ => model.Start,
        });
        ref var factor0 = ref factors.Data;
        ref var shift0 = ref model.Shift[0];
        ref var final0 = ref finals.GetPinnableReference();
        ref var yearly0 = ref yearly.GetPinnableReference();

        for (var p = from; p < to; p += T.Count)
        {
            var state = start;
            for (var s = 0; s < steps; s++)
            {
                var counter = ((ulong)(model.FirstYear + s) << 40) | (uint)p;
                var increment = T.MultiplyAdd(LaneMath.NormalQuantile(T.Uniforms(streamSeed, counter)), spread, T.Create(Unsafe.Add(ref shift0, s)));
                for (var l = 0; l < loadings.Length; l++)
                {
                    var draws = T.Load(ref Unsafe.Add(ref factor0, factorOffsets[(s * loadings.Length) + l] + p));
                    increment = T.MultiplyAdd(draws, T.Create(loadings[l].Beta), increment);
                }

                var kept = state;
                switch (shape)
                {
                    case PathShape.Level:
                        state += increment;
                        kept = state;
                        break;
                    case PathShape.FlowTotal:
                        state += LaneMath.Exp(increment);
                        kept = state;
                        break;
                    default:
                        kept = LaneMath.Exp(increment);
                        state = meetsAbove ? T.Min(state, kept) : T.Max(state, kept);
                        break;
                }

                if (keepYears)
                    T.Store(kept, ref Unsafe.Add(ref yearly0, (s * paths) + p));
            }

            T.Store(state, ref Unsafe.Add(ref final0, p));
            var bits = meetsAbove ? T.GreaterOrEqualBits(state, threshold) : T.GreaterOrEqualBits(threshold, state);
            hitWords[p >> 6] |= bits << (p & 63);
        }
    }
}
