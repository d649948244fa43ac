namespace Forecast.Model.Simulation;

/// <summary>One year of a fan chart, in the indicator's unit.</summary>
public sealed record YearQuantiles(int Year, double P5, double P25, double P50, double P75, double P95)
{
    internal static readonly double[] Probabilities = [0.05, 0.25, 0.50, 0.75, 0.95];
}
