using BenchmarkDotNet.Attributes;
using Forecast.Model.Simulation;

namespace Forecast.Bench;

/// <summary>
/// P5, P50 and P95 of 10,000 values, each call on fresh data (a copy of one of 64 samples): timing one array over and
/// over would flatter quickselect, which leaves it partly sorted. The copy is in every method, so the ratios are fair.
/// </summary>
public class QuantileBenchmarks
{
    private static readonly double[] Probabilities = [0.05, 0.5, 0.95];
    private readonly double[][] _samples = Enumerable.Range(0, 64).Select(s => SampleOf(s)).ToArray();
    private readonly double[] _work = new double[10_000];
    private readonly double[] _results = new double[3];
    private readonly QuantileSelect _select = new();
    private int _next;

    [Benchmark(Baseline = true)]
    public double Sort()
    {
        Fresh().Sort();
        return _work[QuantileSelect.RankOf(0.05, _work.Length)] + _work[QuantileSelect.RankOf(0.5, _work.Length)] + _work[QuantileSelect.RankOf(0.95, _work.Length)];
    }

    [Benchmark]
    public double ThreeQuickselects()
    {
        var work = Fresh();
        var sum = 0.0;
        foreach (var p in Probabilities)
            sum += Quickselect(work, QuantileSelect.RankOf(p, work.Length));
        return sum;
    }

    [Benchmark]
    public double HistogramSelect()
    {
        _select.Select(Fresh(), Probabilities, _results);
        return _results[0] + _results[1] + _results[2];
    }

    private Span<double> Fresh()
    {
        _samples[_next++ & 63].CopyTo(_work, 0);
        return _work;
    }

    private static double[] SampleOf(int seed)
    {
        var random = new System.Random(seed);
        return Enumerable.Range(0, 10_000).Select(_ => Math.Exp(MathNet.Numerics.Distributions.Normal.Sample(random, 0, 0.1))).ToArray();
    }

    /// <summary>Hoare-partition quickselect (median-of-three pivot): the k-th smallest, reordering the span.</summary>
    private static double Quickselect(Span<double> a, int k)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var pivot = Math.Max(Math.Min(a[lo], a[mid]), Math.Min(Math.Max(a[lo], a[mid]), a[hi]));
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }

        return a[k];
    }
}
