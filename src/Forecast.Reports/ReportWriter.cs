using System.Text;

namespace Forecast.Reports;

/// <summary>Writes a run's report files (report.html, report.csv, report.json, report.xlsx) into one folder.</summary>
public static class ReportWriter
{
    public const string Html = "html";
    public const string Csv = "csv";
    public const string Json = "json";
    public const string Xlsx = "xlsx";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>The files written, in the order asked.</returns>
    public static IReadOnlyList<string> Write(RunReport report, string directory, IEnumerable<string> formats)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var format in formats.Distinct(StringComparer.Ordinal))
        {
            if (format == Xlsx)
            {
                var workbook = Path.Combine(directory, "report.xlsx");
                File.WriteAllBytes(workbook, XlsxReport.Write(report));
                written.Add(workbook);
                continue;
            }

            var (content, encoding) = format switch
            {
                Html => (HtmlReport.Write(report), Utf8),
                Csv => (CsvReport.Write(report), CsvReport.Encoding),
                Json => (JsonReport.Write(report), Utf8),
                _ => (null, Utf8),
            };
            if (content is null)
                continue;
            var path = Path.Combine(directory, $"report.{format}");
            File.WriteAllText(path, content, encoding);
            written.Add(path);
        }

        return written;
    }
}
