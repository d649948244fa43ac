namespace Forecast.Hosting;

/// <summary>How the Orleans ADO.NET providers reach PostgreSQL.</summary>
public static class PostgresProvider
{
    /// <summary>The ADO.NET invariant of Npgsql, by which the Orleans providers find its factory.</summary>
    public const string Invariant = "Npgsql";
}
