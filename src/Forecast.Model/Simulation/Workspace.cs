namespace Forecast.Model.Simulation;

/// <summary>The buffers one thread reuses from pair to pair, so simulating a pair allocates only its results.</summary>
public sealed class Workspace(int paths)
{
    private double[] _yearly = [];
    private double[] _normals = [];

    public int Paths { get; } = paths;

    internal double[] Finals { get; } = new double[paths];

    /// <summary>The final states of the paths that missed, packed (padded by a vector): the shortfall's transform runs on these alone.</summary>
    internal double[] Missed { get; } = new double[paths + 8];

    internal QuantileSelect Quantiles { get; } = new();

    internal NormalScratch NormalScratch { get; } = new(paths);

    internal Span<double> Yearly(int steps) => Grow(ref _yearly, steps * Paths);

    /// <summary>A block of paths' normal draws for every step: kept small enough to stay in the L1 cache.</summary>
    internal Span<double> Normals(int length) => Grow(ref _normals, length);

    private static Span<double> Grow(ref double[] buffer, int length)
    {
        if (buffer.Length < length)
            buffer = new double[length];
        return buffer.AsSpan(0, length);
    }
}
