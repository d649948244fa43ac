namespace Forecast.Model.Simulation;

/// <summary>The buffers one thread reuses from pair to pair, so simulating a pair allocates only its results.</summary>
public sealed class Workspace(int paths)
{
    private double[] _yearly = [];

    public int Paths { get; } = paths;

    internal double[] Finals { get; } = new double[paths];

    internal QuantileSelect Quantiles { get; } = new();

    internal Span<double> Yearly(int steps)
    {
        var length = steps * Paths;
        if (_yearly.Length < length)
            _yearly = new double[length];
        return _yearly.AsSpan(0, length);
    }
}
