namespace Forecast.Model;

/// <summary>Why we believe a point: it was observed, it is a plan (a commitment read as planned), or the text implies it.</summary>
public enum PointBasis
{
    Observed,
    Planned,
    Baseline,
}
