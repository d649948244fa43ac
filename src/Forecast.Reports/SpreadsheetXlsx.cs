using System.Data;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Forecast.Reports;

/// <summary>How a column's cells are typed in a workbook.</summary>
public enum CellKind
{
    /// <summary>Literal text, whatever it starts with: a cell of type string, never a formula.</summary>
    Text,

    /// <summary>A number as the spreadsheet computes with it, shown as the program would (General).</summary>
    Number,

    /// <summary>A whole number (a year, a count), shown without decimals.</summary>
    Integer,

    /// <summary>A share (0.31) shown as a percentage (31.0%), the number itself unchanged.</summary>
    Percent,

    /// <summary>A difference of two shares, shown signed in percentage points (+4.2%).</summary>
    PercentChange,

    /// <summary>Each cell as what it is: a number as a number, anything else as literal text (a summary's values).</summary>
    Value,
}

/// <summary>One column of a sheet: its header (Chinese first, English after) and how its cells are typed.</summary>
public sealed record SheetColumn(string Header, CellKind Kind = CellKind.Text);

/// <summary>One sheet: its name (made valid and unique when written), its columns and its rows, one value per column.</summary>
public sealed record Sheet(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Every workbook the project writes goes through here (MiniExcel, Apache-2.0), so that each opens in Excel and WPS the
/// same way: the header row frozen, columns wide enough for their content (a Chinese character counts two), numbers
/// stored as numbers, and user text (an observation's source, a reason) stored as a text cell, so a value starting
/// with =, +, - or @ stays literal and never becomes a formula. No column is ever written as a formula. The bytes are a
/// function of the content alone (the archive's clock times are fixed), so an ETag changes only when the content does.
/// </summary>
public static partial class SpreadsheetXlsx
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's limit on a sheet name.</summary>
    public const int MaxSheetName = 31;

    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    // Excel refuses these in a sheet name.
    private static readonly char[] NotInSheetNames = ['\\', '/', '?', '*', '[', ']', ':'];

    // The date 1980-01-01, the earliest a zip entry can carry: every entry gets it, so the same content gives the same bytes.
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        var names = SheetNames(sheets.Select(s => s.Name));
        var tables = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < sheets.Count; i++)
            tables[names[i]] = Table(sheets[i]);

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            TableStyles = TableStyles.Default,
            DynamicColumns = Columns(sheets),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, tables, configuration: configuration);
        return Deterministic(stream.ToArray());
    }

    /// <summary>The names as Excel takes them: no \ / ? * [ ] :, at most 31 characters, none twice (ignoring case, as Excel does).</summary>
    public static IReadOnlyList<string> SheetNames(IEnumerable<string> wanted)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var name in wanted)
        {
            var clean = new string(name.Select(c => Array.IndexOf(NotInSheetNames, c) >= 0 || char.IsControl(c) ? '_' : c).ToArray()).Trim().Trim('\'');
            if (clean.Length == 0)
                clean = "Sheet";
            var candidate = Cut(clean, MaxSheetName);
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = $" ({n})";
                candidate = Cut(clean, MaxSheetName - suffix.Length) + suffix;
            }

            names.Add(candidate);
        }

        return names;
    }

    /// <summary>How wide a text is on screen, in Excel's character widths: a CJK or full-width character takes two.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
            width += c is >= '\u1100' and (<= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6') ? 2 : 1;
        return width;
    }

    private static DataTable Table(Sheet sheet)
    {
        var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var column in sheet.Columns)
            table.Columns.Add(column.Header, column.Kind switch { CellKind.Text => typeof(string), CellKind.Value => typeof(object), _ => typeof(double) });
        foreach (var row in sheet.Rows)
        {
            if (row.Length != sheet.Columns.Count)
                throw new ArgumentException($"sheet '{sheet.Name}': a row has {row.Length} values for {sheet.Columns.Count} columns", nameof(sheet));
            var values = new object[row.Length];
            for (var i = 0; i < row.Length; i++)
                values[i] = Cell(row[i], sheet.Columns[i].Kind);
            table.Rows.Add(values);
        }

        return table;
    }

    private static object Cell(object? value, CellKind kind)
    {
        if (value is null)
            return DBNull.Value;
        if (kind == CellKind.Value && value is double or float or int or long or decimal or short)
            kind = CellKind.Number;
        if (kind is CellKind.Text or CellKind.Value)
            return value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        // A spreadsheet has no NaN or infinity; an empty cell says "no figure" as the CSV's empty field does.
        return double.IsFinite(number) ? number : DBNull.Value;
    }

    /// <summary>Widths and number formats by header; a header on several sheets takes the widest of them.</summary>
    private static DynamicExcelColumn[] Columns(IReadOnlyList<Sheet> sheets)
    {
        var widths = new Dictionary<string, (double Width, CellKind Kind)>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                var column = sheet.Columns[i];
                // A header that does not fit may wrap at its space between Chinese and English; the content sets the width.
                var width = Math.Max(LongestWord(column.Header), DisplayWidth(column.Header) / 2.0);
                foreach (var row in sheet.Rows)
                    width = Math.Max(width, DisplayWidth(Shown(row[i], column.Kind)));
                width = Math.Clamp(width + 2, MinWidth, MaxWidth);
                widths[column.Header] = widths.TryGetValue(column.Header, out var known) ? (Math.Max(known.Width, width), column.Kind) : (width, column.Kind);
            }
        }

        return widths.Select(w => new DynamicExcelColumn(w.Key)
        {
            Width = Math.Round(w.Value.Width, 1),
            Format = w.Value.Kind switch
            {
                CellKind.Integer => "0",
                // A probability under 0.05 % is not 0.0 %: a forecast is never certain, so the cell says how small.
                CellKind.Percent => PercentFormat,
                CellKind.PercentChange => "+0.0%;-0.0%;0.0%",
                _ => null,
            },
        }).ToArray();
    }

    /// <summary>A share as a percentage to one decimal, with "&lt;0.1%" and "&gt;99.9%" where rounding would show 0.0 % or 100.0 %.</summary>
    internal const string PercentFormat = "[<0.0005]\"<0.1%\";[>0.9995]\">99.9%\";0.0%";

    private static int LongestWord(string header) => header.Split(' ').Max(DisplayWidth);

    private static string Shown(object? value, CellKind kind) => value switch
    {
        null => string.Empty,
        _ when kind is CellKind.Percent or CellKind.PercentChange => "+100.0%",
        double d => d.ToString(Math.Abs(d) >= 1000 ? "#,0.##" : "0.#####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
            return text;
        // Never split a surrogate pair.
        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut].TrimEnd();
    }

    /// <summary>
    /// The same archive with every entry's time fixed and the random relationship ids MiniExcel gives each sheet
    /// ("R" and a new GUID) renamed in order of appearance, so equal content gives equal bytes.
    /// </summary>
    private static byte[] Deterministic(byte[] workbook)
    {
        using var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(string part) => RandomId().Replace(part, m =>
        {
            if (!renamed.TryGetValue(m.Value, out var id))
                renamed[m.Value] = id = $"rIdSheet{renamed.Count + 1}";
            return id;
        });

        // The relationships are read first, so the ids are numbered in the order they list the sheets.
        if (source.GetEntry(RelationshipsPart) is { } relationships)
        {
            using var reader = new StreamReader(relationships.Open(), Encoding.UTF8);
            Rename(reader.ReadToEnd());
        }

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedEntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName is RelationshipsPart or WorkbookPart)
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    using var writer = new StreamWriter(to, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    writer.Write(Rename(reader.ReadToEnd()));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private const string RelationshipsPart = "xl/_rels/workbook.xml.rels";
    private const string WorkbookPart = "xl/workbook.xml";

    [GeneratedRegex("\\bR[0-9a-f]{32}\\b")]
    private static partial Regex RandomId();
}
