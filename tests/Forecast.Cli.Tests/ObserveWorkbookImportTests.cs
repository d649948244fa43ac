using System.Data;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Forecast.Catalog;
using Forecast.Catalog.Tests;
using MiniExcelLibs;

namespace Forecast.Cli.Tests;

/// <summary>
/// <c>forecast observe import FILE.xlsx</c>: a sheet in the columns of the CSV, held to the CSV's rules, all rows or
/// none, errors naming FILE.xlsx:Sheet!cell: field. Rows are written for these tests only; example.org is no source.
/// </summary>
public sealed class ObserveWorkbookImportTests : IDisposable
{
    private const string Recorded = "data/observations/city.csv";
    private readonly CatalogBuilder _catalog = new();

    public void Dispose() => _catalog.Dispose();

    private string RecordedPath => Path.Combine(_catalog.Directory, "observations", "city.csv");

    private string Beside(string name) => Path.Combine(Path.GetDirectoryName(_catalog.Directory)!, name);

    /// <summary>
    /// A workbook as a planner's Excel saves it: year and value as numbers, the rest as text; the sheets in the order
    /// given, each with the CSV's header and rows.
    /// </summary>
    private string Workbook(string name, params (string Sheet, string[] Rows)[] sheets)
    {
        var tables = new Dictionary<string, object>(StringComparer.Ordinal);
        var header = CatalogBuilder.ObservationHeader.Split(',');
        foreach (var (sheet, rows) in sheets)
        {
            // The header is the sheet's first row, written as a row, so a row may run past it.
            var lines = rows.Select(r => r.Split(',')).Prepend(header).ToList();
            var table = new DataTable { Locale = CultureInfo.InvariantCulture };
            for (var i = 0; i < lines.Max(l => l.Length); i++)
                table.Columns.Add($"c{i}", typeof(object));
            foreach (var (fields, n) in lines.Select((l, n) => (l, n)))
            {
                table.Rows.Add(Enumerable.Range(0, table.Columns.Count).Select(i =>
                    i >= fields.Length ? DBNull.Value
                    : n > 0 && i < header.Length && header[i] is "year" or "value" && double.TryParse(fields[i], CultureInfo.InvariantCulture, out var number) ? number
                    : (object)fields[i]).ToArray());
            }

            tables[sheet] = table;
        }

        var path = Beside(name);
        MiniExcel.SaveAs(path, tables, printHeader: false, overwriteFile: true);
        return path;
    }

    private string CsvFile(params string[] rows)
    {
        var path = Beside("import.csv");
        File.WriteAllText(path, CatalogBuilder.ObservationHeader + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void A_workbook_records_the_same_rows_as_the_equivalent_csv()
    {
        using var other = new CatalogBuilder();
        ConsoleRun.Forecast("observe", "import", CsvFile(CatalogBuilder.ValidObservations), "--data", other.Directory, "--write");
        var fromCsv = File.ReadAllText(Path.Combine(other.Directory, "observations", "city.csv"));
        var workbook = Workbook("figures.xlsx", ("Sheet1", CatalogBuilder.ValidObservations));

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", workbook, "--data", _catalog.Directory, "--write");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"recorded 2 row(s) in {Recorded}", output, StringComparison.Ordinal);
        Assert.Equal(fromCsv, File.ReadAllText(RecordedPath));
        Assert.Equal(2, CatalogLoader.Load(_catalog.Directory).Observations.Count);
    }

    [Fact]
    public void Without_write_a_workbook_is_a_dry_run_that_changes_no_file()
    {
        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", Workbook("figures.xlsx", ("Sheet1", CatalogBuilder.ValidObservations)), "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("dry run: nothing was written. With --write, 2 row(s) go to data/observations/city.csv", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_catalog.Directory, "observations")));
    }

    [Fact]
    public void A_bad_cell_is_named_by_sheet_and_cell_with_its_field_and_nothing_is_written()
    {
        ConsoleRun.Forecast("observe", "import", CsvFile(CatalogBuilder.ValidObservations[0]), "--data", _catalog.Directory, "--write");
        var before = File.ReadAllBytes(RecordedPath);
        var bad = CatalogBuilder.ValidObservations[1].Replace(",88.5,", ",89.5,", StringComparison.Ordinal);
        var workbook = Workbook("figures.xlsx", ("Notes", ["x,x,x,x,x,x,x,x,x,x,x,x,x"]), ("Figures", [CatalogBuilder.ValidObservations[0], bad]));

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", workbook, "--sheet", "Figures", "--data", _catalog.Directory, "--write");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        // The header is row 1, so the second figure is row 3; value is the fourth column.
        Assert.Contains($"error: {workbook}:Figures!D3: value: 89.5 is not stated in the evidence", output, StringComparison.Ordinal);
        Assert.Contains("1 error(s); nothing was written.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(RecordedPath));
    }

    [Fact]
    public void A_sheet_name_that_is_not_one_word_is_quoted_as_excel_quotes_it()
    {
        var bad = CatalogBuilder.ValidObservations[0].Replace(",year,", ",annual,", StringComparison.Ordinal);
        var workbook = Workbook("figures.xlsx", ("2024 数据", [bad]));

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", workbook, "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {workbook}:'2024 数据'!F2: period: 'annual' is not one of year, stock, since-YYYY", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_the_workbook_does_not_have_is_named_with_the_sheets_it_has()
    {
        var workbook = Workbook("figures.xlsx", ("Sheet1", CatalogBuilder.ValidObservations));

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", workbook, "--sheet", "Sheet2", "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {workbook}: sheet: the workbook has no sheet 'Sheet2'; it has 'Sheet1'", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PK\u0003\u0004 a zip that stops here", "is a damaged Excel workbook (.xlsx)")]
    [InlineData("jurisdiction,indicator\ncity,new-urban-jobs\n", "is not an Excel workbook (.xlsx)")]
    public void A_damaged_or_false_workbook_is_refused_with_a_clear_error_and_exit_code_2(string content, string message)
    {
        var path = Beside("broken.xlsx");
        File.WriteAllText(path, content, Encoding.Latin1);

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", path, "--data", _catalog.Directory, "--write");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {path}: file: {message}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_catalog.Directory, "observations")));
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        var path = Beside("archive.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", path, "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {path}: file: is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_that_unpacks_past_the_bound_is_refused_before_its_sheet_is_read()
    {
        var path = Workbook("bomb.xlsx", ("Sheet1", CatalogBuilder.ValidObservations));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            using var stream = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written <= ObservationWorkbook.MaxUnpackedBytes; written += zeros.Length)
                stream.Write(zeros);
        }

        Assert.True(new FileInfo(path).Length < ObservationWorkbook.MaxBytes, "the file itself is within the bound");

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", path, "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {path}: file: unpacks to more than {ObservationWorkbook.MaxUnpackedBytes:#,0} bytes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_larger_than_the_bound_is_refused_without_being_read()
    {
        var path = Beside("large.xlsx");
        using (var file = File.Create(path))
            file.SetLength(ObservationWorkbook.MaxBytes + 1);

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", path, "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {path}: file: is {ObservationWorkbook.MaxBytes + 1:#,0} bytes, over the {ObservationWorkbook.MaxBytes:#,0}-byte limit", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_outside_the_headers_columns_is_named()
    {
        var workbook = Workbook("figures.xlsx", ("Sheet1", [CatalogBuilder.ValidObservations[0] + ",stray"]));

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", workbook, "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {workbook}:Sheet1!N2: row: holds a value outside the header's columns", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sheet_is_refused_for_a_csv()
    {
        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", CsvFile(CatalogBuilder.ValidObservations), "--sheet", "Sheet1", "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--sheet:", output, StringComparison.Ordinal);
    }
}
