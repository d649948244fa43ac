namespace Forecast.Model;

/// <summary>One value of a pair in one year, with why we believe it and where it comes from.</summary>
/// <param name="Source">A clause ("附件 1 城镇新增就业1.7万人") or an observation's source, for the basis column.</param>
public sealed record DataPoint(int Year, double Value, PointBasis Basis, string Source);
