namespace Forecast.Hosting;

/// <summary>The grain storage every Forecast grain persists to, whatever the provider behind it.</summary>
public static class ForecastStorage
{
    /// <summary>The provider name grains name in <c>[PersistentState(..., "forecast")]</c>.</summary>
    public const string Name = "forecast";

    /// <summary>The ADO.NET invariant of Npgsql, by which the Orleans providers find its factory.</summary>
    public const string PostgresInvariant = "Npgsql";
}
