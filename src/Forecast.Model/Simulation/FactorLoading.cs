namespace Forecast.Model.Simulation;

/// <summary>How strongly a pair moves with a common factor: its yearly increment gains Beta × the factor's draw.</summary>
public readonly record struct FactorLoading(int Factor, double Beta);
