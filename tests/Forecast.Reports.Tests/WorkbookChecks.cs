using System.IO.Compression;
using System.Xml.Linq;
using MiniExcelLibs;

namespace Forecast.Reports.Tests;

/// <summary>
/// Reads a workbook back as a spreadsheet program would: its sheets' cells through MiniExcel, and what MiniExcel does
/// not expose (frozen panes, number formats, formulas) from the sheet's own XML. Shared with the CLI and server tests.
/// </summary>
public static class WorkbookChecks
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static IReadOnlyList<string> SheetNames(byte[] workbook) => MiniExcel.GetSheetNames(new MemoryStream(workbook));

    /// <summary>Every row of a sheet, header first, each cell as MiniExcel reads it (a double for a number, a string for text, null for empty).</summary>
    public static IReadOnlyList<object?[]> Rows(byte[] workbook, string sheet) =>
        MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: false, sheetName: sheet)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v is string { Length: 0 } ? null : v).ToArray())
            .ToList();

    /// <summary>The header row's cells as text.</summary>
    public static IReadOnlyList<string> Header(byte[] workbook, string sheet) => Rows(workbook, sheet)[0].Select(c => c?.ToString() ?? string.Empty).ToList();

    /// <summary>The rows below the header as dictionaries keyed by header.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records(byte[] workbook, string sheet)
    {
        var rows = Rows(workbook, sheet);
        var header = rows[0].Select(c => c?.ToString() ?? string.Empty).ToList();
        return rows.Skip(1).Select(r => (IReadOnlyDictionary<string, object?>)header.Select((h, i) => (h, r.ElementAtOrDefault(i))).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }

    /// <summary>How many rows the sheet keeps frozen at the top (0 when none).</summary>
    public static int FrozenRows(byte[] workbook, string sheet)
    {
        var pane = SheetXml(workbook, sheet).Descendants(Main + "pane").FirstOrDefault();
        return pane?.Attribute("state")?.Value == "frozen" ? (int)double.Parse(pane.Attribute("ySplit")?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The width a column is set to, or null where the program's default applies.</summary>
    public static double? ColumnWidth(byte[] workbook, string sheet, int column)
    {
        var col = SheetXml(workbook, sheet).Descendants(Main + "col").FirstOrDefault(c => (int)c.Attribute("min")! <= column && column <= (int)c.Attribute("max")!);
        return col is null ? null : (double)col.Attribute("width")!;
    }

    /// <summary>The number format a cell ("B2") is shown with: its format code, or "General".</summary>
    public static string NumberFormat(byte[] workbook, string sheet, string cell)
    {
        var c = SheetXml(workbook, sheet).Descendants(Main + "c").Single(e => (string?)e.Attribute("r") == cell);
        var styles = Part(workbook, "xl/styles.xml");
        var xf = styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt((int?)c.Attribute("s") ?? 0);
        var id = (int?)xf.Attribute("numFmtId") ?? 0;
        return styles.Descendants(Main + "numFmt").FirstOrDefault(f => (int)f.Attribute("numFmtId")! == id)?.Attribute("formatCode")?.Value
            ?? (id == 0 ? "General" : $"built-in {id}");
    }

    /// <summary>Cells holding a formula, on any sheet.</summary>
    public static IReadOnlyList<string> Formulas(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var s = e.Open();
                return XDocument.Load(s).Descendants(Main + "f").Select(f => $"{e.FullName}: {f.Parent?.Attribute("r")?.Value}").ToList();
            })
            .ToList();
    }

    private static XDocument SheetXml(byte[] workbook, string sheet)
    {
        var book = Part(workbook, "xl/workbook.xml");
        var id = book.Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheet).Attribute(Relationships + "id")!.Value;
        var target = Part(workbook, "xl/_rels/workbook.xml.rels").Descendants(PackageRelationships + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return Part(workbook, target.StartsWith('/') ? target[1..] : "xl/" + target);
    }

    private static XDocument Part(byte[] workbook, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"the workbook has no {path}");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
