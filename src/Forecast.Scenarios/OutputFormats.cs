namespace Forecast.Scenarios;

/// <summary>What <c>forecast run</c> can write: the terminal table and the three report files.</summary>
public static class OutputFormats
{
    public const string Table = "table";
    public const string Html = "html";
    public const string Csv = "csv";
    public const string Json = "json";

    public static IReadOnlyList<string> All { get; } = [Table, Html, Csv, Json];
}
