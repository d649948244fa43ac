using System.Text;

namespace Forecast.Reports;

/// <summary>The analyst's growth table as CSV, one <see cref="GrowthLine"/> a row, the same for the CLI and the API.</summary>
public static class GrowthCsv
{
    /// <summary>
    /// UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese names as UTF-8 rather than the
    /// system's code page.
    /// </summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void Write(Stream stream, IEnumerable<GrowthLine> lines)
    {
        using var writer = new StreamWriter(stream, Encoding, leaveOpen: true);
        using var csv = SpreadsheetCsv.Writer(writer);
        csv.WriteRecords(lines);
    }

    public static byte[] ToBytes(IEnumerable<GrowthLine> lines)
    {
        using var stream = new MemoryStream();
        Write(stream, lines);
        return stream.ToArray();
    }
}
