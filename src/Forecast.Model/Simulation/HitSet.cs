using System.Numerics;

namespace Forecast.Model.Simulation;

/// <summary>
/// Which paths met the target, one bit per path. Rollups combine the sets of many pairs path by path, so the
/// distribution of the number of targets met keeps every correlation the common factors put in.
/// </summary>
public sealed class HitSet
{
    private readonly ulong[] _words;

    public HitSet(ulong[] words, int paths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(paths);
        if (words.Length != WordsFor(paths))
            throw new ArgumentException($"{paths} paths need {WordsFor(paths)} words, not {words.Length}", nameof(words));
        _words = words;
        Paths = paths;
    }

    public int Paths { get; }

    public ReadOnlySpan<ulong> Words => _words;

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var w in _words)
                count += BitOperations.PopCount(w);
            return count;
        }
    }

    public bool this[int path] => (_words[path >> 6] & (1UL << (path & 63))) != 0;

    public static int WordsFor(int paths) => (paths + 63) >> 6;

    /// <summary>Paths on which both this and <paramref name="other"/> met their targets.</summary>
    public int CountBoth(HitSet other)
    {
        if (other.Paths != Paths)
            throw new ArgumentException("hit sets of different path counts cannot be combined", nameof(other));
        var count = 0;
        for (var i = 0; i < _words.Length; i++)
            count += BitOperations.PopCount(_words[i] & other._words[i]);
        return count;
    }
}
