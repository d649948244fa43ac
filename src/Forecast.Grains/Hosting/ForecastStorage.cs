namespace Forecast.Grains;

/// <summary>The named grain storage every Forecast grain persists to: memory by default, PostgreSQL in a cluster.</summary>
public static class ForecastStorage
{
    public const string Name = "forecast";
}
