using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace Forecast.Catalog;

/// <summary>
/// Published figures in an Excel workbook (.xlsx), read as the CSV they stand for: one sheet (the first, or the one
/// named), its first non-empty row the header of <see cref="ObservationRows.Columns"/>, each row below a row of the
/// file. The rows become the very CSV text that <see cref="ObservationRows"/> checks, so a workbook is held to exactly
/// the CSV's rules, and <see cref="ObservationSheet.Cell"/> turns a CSV line and field back into the sheet's cell
/// ("Sheet1!C12") for messages. A file that is not a workbook, is damaged, or is too large is refused with one error,
/// never an exception.
/// </summary>
public static class ObservationWorkbook
{
    /// <summary>The workbook file itself: the bound the catalog keeps for a CSV file.</summary>
    public const long MaxBytes = CatalogLimits.MaxCsvBytes;

    /// <summary>Everything inside the workbook, unpacked: a zip of a few KB can unpack to gigabytes.</summary>
    public const long MaxUnpackedBytes = 4 * CatalogLimits.MaxCsvBytes;

    /// <summary>Rows of the sheet, header and blank rows included.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Columns of the sheet: the format has 14 at most, so more is not a file of figures.</summary>
    public const int MaxColumns = 64;

    private const int MaxEntries = 10_000;

    private static readonly byte[] ZipStart = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleStart = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Whether a file is read as a workbook: by its name, .xlsx in any case.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the file (at most <see cref="MaxBytes"/>), then the sheet; null with one error when it cannot be used.</summary>
    public static ObservationSheet? Read(string path, string name, string? sheet, ICollection<CatalogError> errors) =>
        CsvTable.ReadBytes(path, name, MaxBytes, errors) is { } bytes ? Read(bytes, name, sheet, errors) : null;

    /// <param name="name">How messages name the file (as the user gave it).</param>
    /// <param name="sheet">The sheet to read; null reads the first.</param>
    public static ObservationSheet? Read(byte[] bytes, string name, string? sheet, ICollection<CatalogError> errors)
    {
        void Fail(string message) => errors.Add(new CatalogError(name, 0, "file", message));

        if (bytes.Length > MaxBytes)
        {
            Fail($"is {bytes.Length:#,0} bytes, over the {MaxBytes:#,0}-byte limit for a workbook of figures");
            return null;
        }

        if (bytes.AsSpan().StartsWith(OleStart))
        {
            Fail("is an Excel 97–2003 workbook (.xls): save it as an Excel workbook (.xlsx)");
            return null;
        }

        if (!bytes.AsSpan().StartsWith(ZipStart))
        {
            Fail("is not an Excel workbook (.xlsx): it does not start as one (a CSV file is read when its name ends in .csv)");
            return null;
        }

        if (Unpacked(bytes) is { } damaged)
        {
            Fail(damaged);
            return null;
        }

        try
        {
            var names = MiniExcel.GetSheetNames(new MemoryStream(bytes, writable: false));
            if (names.Count == 0)
            {
                Fail("is a workbook without sheets");
                return null;
            }

            var chosen = sheet ?? names[0];
            if (!names.Contains(chosen, StringComparer.Ordinal))
            {
                errors.Add(new CatalogError(name, 0, "sheet", $"the workbook has no sheet '{chosen}'; it has {string.Join(", ", names.Select(n => $"'{n}'"))}"));
                return null;
            }

            return ToCsv(bytes, name, chosen, errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // The reader meets whatever a damaged or hostile file holds (bad XML, missing parts, odd references):
            // every such failure is the file's, and is reported as such rather than as a crash.
            Fail($"cannot be read as an Excel workbook (.xlsx): {e.Message}");
            return null;
        }
    }

    /// <summary>Null when every part unpacks within the bounds; else why not.</summary>
    private static string? Unpacked(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
                return $"holds {zip.Entries.Count:#,0} parts; a workbook of figures has a few dozen";
            if (zip.GetEntry("xl/workbook.xml") is null)
                return "is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml";
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxUnpackedBytes)
                        return $"unpacks to more than {MaxUnpackedBytes:#,0} bytes, over the limit for a workbook of figures";
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return $"is a damaged Excel workbook (.xlsx): {e.Message}";
        }
    }

    private static ObservationSheet? ToCsv(byte[] bytes, string name, string sheet, ICollection<CatalogError> errors)
    {
        var text = new StringBuilder();
        var rowOfLine = new Dictionary<int, int>();
        var line = 1;
        List<string>? header = null;
        var firstColumn = 0;
        var rowNumber = 0;
        var before = errors.Count;
        foreach (var row in MiniExcel.Query(new MemoryStream(bytes, writable: false), useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>())
        {
            rowNumber++;
            if (rowNumber > MaxRows)
            {
                errors.Add(new CatalogError(name, 0, "file", $"sheet '{sheet}' has more than {MaxRows:#,0} rows; send the figures in parts"));
                return null;
            }

            if (row.Count > MaxColumns)
            {
                errors.Add(new CatalogError(name, 0, "file", $"sheet '{sheet}' has {row.Count:#,0} columns; the figures have {ObservationRows.Columns.Count + 1} at most"));
                return null;
            }

            var cells = row.Values.Select(Text).ToList();
            if (header is null)
            {
                if (cells.All(c => c.Length == 0))
                    continue;
                firstColumn = cells.FindIndex(c => c.Length > 0);
                header = cells.Skip(firstColumn).Take(cells.FindLastIndex(c => c.Length > 0) - firstColumn + 1).ToList();
                rowOfLine[line] = rowNumber;
                Append(text, header);
                line += 1 + header.Sum(f => f.Count(c => c == '\n'));
                continue;
            }

            var outside = cells.Select((c, i) => (c, i)).FirstOrDefault(p => p.c.Length > 0 && (p.i < firstColumn || p.i >= firstColumn + header.Count));
            if (outside.c is not null)
            {
                errors.Add(new CatalogError($"{name}:{ObservationSheet.Reference(sheet, ObservationSheet.ColumnName(outside.i), rowNumber)}", 0, "row", "holds a value outside the header's columns"));
                continue;
            }

            var fields = Enumerable.Range(firstColumn, header.Count).Select(i => i < cells.Count ? cells[i] : string.Empty).ToList();
            if (fields.All(f => f.Length == 0))
                continue; // A blank row is not a row, as a blank line of a CSV is not.
            rowOfLine[line] = rowNumber;
            Append(text, fields);
            line += 1 + fields.Sum(f => f.Count(c => c == '\n'));
        }

        if (header is null)
        {
            errors.Add(new CatalogError(name, 0, "header", $"sheet '{sheet}' is empty: a header row is required"));
            return null;
        }

        return errors.Count > before ? null : new ObservationSheet(Encoding.UTF8.GetBytes(text.ToString()), sheet, header, firstColumn, rowOfLine);
    }

    /// <summary>Every field quoted (RFC 4180), so any text reads back exactly as the cell held it.</summary>
    private static void Append(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(",", fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append('\n');

    /// <summary>A cell as the CSV would hold it: a number in the invariant culture without an exponent, a date as yyyy-MM-dd.</summary>
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => Number(d),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Number(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        // The CSV takes digits and a decimal point, not 1E-05: a spreadsheet's very small or large number is written out.
        return text.Contains('E', StringComparison.Ordinal) && Math.Abs(d) < 7.9e28 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : text;
    }
}

/// <summary>
/// One sheet of figures as the CSV text it stands for, with the way back from a CSV line and field to the sheet's cell.
/// </summary>
/// <param name="Csv">UTF-8 CSV in the columns of data/observations/*.csv, header first, for <see cref="ObservationRows.Read(byte[], string, ForecastCatalog, ICollection{CatalogError})"/> or the bulk endpoint.</param>
/// <param name="Sheet">The sheet read.</param>
public sealed class ObservationSheet(byte[] csv, string sheet, IReadOnlyList<string> header, int firstColumn, IReadOnlyDictionary<int, int> rowOfLine)
{
    public byte[] Csv { get; } = csv;

    public string Sheet { get; } = sheet;

    /// <summary>The sheet's row for a line of <see cref="Csv"/> (the header is line 1); the line itself where none is known.</summary>
    public int RowOf(int line) => rowOfLine.TryGetValue(line, out var row) ? row : line;

    /// <summary>The cell a problem is at, as a spreadsheet names it ("Sheet1!C12", "'My figures'!C12"): the field's column, or the row's first.</summary>
    public string Cell(int line, string field)
    {
        var index = header.ToList().IndexOf(field);
        return Reference(Sheet, ColumnName(firstColumn + Math.Max(index, 0)), RowOf(line));
    }

    internal static string Reference(string sheet, string column, int row)
    {
        // Excel quotes a sheet name that is not one word, doubling a quote inside it.
        var quoted = sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";
        return $"{quoted}!{column}{row.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }
}
