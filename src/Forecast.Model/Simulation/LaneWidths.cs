using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

internal static class LaneWidths
{
    /// <summary>The width that will run: a requested width the CPU cannot accelerate falls back to the next narrower one.</summary>
    public static LaneWidth Resolve(LaneWidth requested) => requested switch
    {
        LaneWidth.Scalar => LaneWidth.Scalar,
        LaneWidth.Vector512 or LaneWidth.Auto when Vector512Lanes.IsHardwareAccelerated => LaneWidth.Vector512,
        LaneWidth.Vector512 or LaneWidth.Auto or LaneWidth.Vector256 when Vector256Lanes.IsHardwareAccelerated => LaneWidth.Vector256,
        _ => LaneWidth.Scalar,
    };
}
