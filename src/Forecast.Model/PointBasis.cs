namespace Forecast.Model;

/// <summary>
/// Why we believe a point: it was observed (a final published figure), it is a plan (a commitment read as planned), the
/// text implies it, or it was published but is not final yet (预计, 左右: an estimate the forecast is narrowed by, not
/// settled on).
/// </summary>
public enum PointBasis
{
    Observed,
    Planned,
    Baseline,
    Estimated,
}
