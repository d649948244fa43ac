namespace Forecast.Model.Simulation;

/// <summary>Which kernel runs. Every width gives the same bits; Auto picks the widest the CPU accelerates.</summary>
public enum LaneWidth
{
    Auto,
    Scalar,
    Vector256,
    Vector512,
}
