using Forecast.Model.Simulation;

namespace Forecast.Grains.Rollups;

/// <summary>
/// Counts, path by path, how many targets were met, by adding hit bitsets as bit-sliced binary counters (plane b holds
/// bit b of every path's count): adding a pair costs a few word operations per 64 paths instead of one per path.
/// </summary>
public sealed class MetCounter(int paths)
{
    private readonly List<ulong[]> _planes = [];
    private readonly int _words = HitSet.WordsFor(paths);

    public int Paths { get; } = paths;

    public void Add(HitSet hits)
    {
        if (hits.Paths != Paths)
            throw new ArgumentException($"a hit set of {hits.Paths} paths cannot join counts of {Paths}", nameof(hits));
        var words = hits.Words;
        for (var w = 0; w < _words; w++)
        {
            var carry = words[w];
            for (var p = 0; carry != 0; p++)
            {
                if (p == _planes.Count)
                    _planes.Add(new ulong[_words]);
                var plane = _planes[p];
                var next = plane[w] & carry;
                plane[w] ^= carry;
                carry = next;
            }
        }
    }

    /// <summary>Each path's count, added into <paramref name="counts"/>.</summary>
    public void AddTo(Span<int> counts)
    {
        if (counts.Length != Paths)
            throw new ArgumentException($"expected {Paths} counts, not {counts.Length}", nameof(counts));
        for (var p = 0; p < _planes.Count; p++)
        {
            var plane = _planes[p];
            for (var w = 0; w < _words; w++)
            {
                var bits = plane[w];
                while (bits != 0)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    counts[(w << 6) + bit] += 1 << p;
                    bits &= bits - 1;
                }
            }
        }
    }
}
