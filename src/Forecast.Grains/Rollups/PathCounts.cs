namespace Forecast.Grains.Rollups;

/// <summary>
/// How many of a subtree's assessed targets each path met, packed at the narrowest width that holds the largest count
/// (a byte per path up to 255 targets, two bytes up to 65,535, else four): what a child sends its parent instead of
/// its pairs' raw paths. Immutable once built, so a call within a silo passes it without a copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("forecast.PathCounts")]
public sealed class PathCounts
{
    [Id(0)]
    public int Paths { get; init; }

    /// <summary>Bytes per path: 1, 2 or 4.</summary>
    [Id(1)]
    public int Width { get; init; }

    [Id(2)]
    public byte[] Data { get; init; } = [];

    public static PathCounts Pack(ReadOnlySpan<int> counts, int maxCount)
    {
        var width = maxCount <= byte.MaxValue ? 1 : maxCount <= ushort.MaxValue ? 2 : 4;
        var data = new byte[counts.Length * width];
        switch (width)
        {
            case 1:
                for (var i = 0; i < counts.Length; i++)
                    data[i] = (byte)counts[i];
                break;
            case 2:
                var shorts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ushort>(data.AsSpan());
                for (var i = 0; i < counts.Length; i++)
                    shorts[i] = (ushort)counts[i];
                break;
            default:
                counts.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(data.AsSpan()));
                break;
        }

        return new PathCounts { Paths = counts.Length, Width = width, Data = data };
    }

    public void AddTo(Span<int> counts)
    {
        if (counts.Length != Paths)
            throw new ArgumentException($"expected {Paths} counts, not {counts.Length}", nameof(counts));
        switch (Width)
        {
            case 1:
                for (var i = 0; i < counts.Length; i++)
                    counts[i] += Data[i];
                break;
            case 2:
                var shorts = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ushort>(Data);
                for (var i = 0; i < counts.Length; i++)
                    counts[i] += shorts[i];
                break;
            default:
                var ints = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(Data);
                for (var i = 0; i < counts.Length; i++)
                    counts[i] += ints[i];
                break;
        }
    }
}
