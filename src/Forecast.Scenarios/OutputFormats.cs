namespace Forecast.Scenarios;

/// <summary>What <c>forecast run</c> can write: the terminal table and the report files.</summary>
public static class OutputFormats
{
    public const string Table = "table";
    public const string Html = "html";
    public const string Csv = "csv";
    public const string Json = "json";

    /// <summary>The run as an Excel workbook (report.xlsx), for planners who work in Excel or WPS.</summary>
    public const string Xlsx = "xlsx";

    public static IReadOnlyList<string> All { get; } = [Table, Html, Csv, Json, Xlsx];

    /// <summary>What a run writes when neither the file nor the command line says: the workbook only when asked for.</summary>
    public static IReadOnlyList<string> Default { get; } = [Table, Html, Csv, Json];
}
