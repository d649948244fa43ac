using System.Text;
using Forecast.Catalog;
using Forecast.Catalog.Tests;

namespace Forecast.Cli.Tests;

/// <summary>
/// <c>forecast observe import|add</c> into a catalog folder: a dry run unless --write, every row or none, errors naming
/// file:line: column (or the option). Rows are written for these tests only; example.org is no source.
/// </summary>
public sealed class ObserveCommandTests : IDisposable
{
    private const string Recorded = "data/observations/city.csv";
    private readonly CatalogBuilder _catalog = new();

    public void Dispose() => _catalog.Dispose();

    private string RecordedPath => Path.Combine(_catalog.Directory, "observations", "city.csv");

    private string ImportFile(params string[] rows)
    {
        var path = Path.Combine(Path.GetDirectoryName(_catalog.Directory)!, "import.csv");
        File.WriteAllText(path, CatalogBuilder.ObservationHeader + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>A distinct valid figure per year: new urban jobs for 2000–2030 (2023 is the fixture's), then health centres for 2000–2028.</summary>
    private static IEnumerable<string> ValidRows()
    {
        for (var year = 2000; year <= 2030; year++)
        {
            if (year == 2023)
                continue;
            yield return $"city,new-urban-jobs,{year},{10_000 + year},人,year,final,https://example.org/jobs-{year},测试统计局,{year + 1},全年城镇新增就业{10_000 + year}人,cli-tests,";
        }

        for (var year = 2000; year <= 2028; year++)
            yield return $"city,health-centres,{year},{year - 1990},所,year,final,https://example.org/health-{year},测试卫健委,{year + 1},建强乡镇卫生院{year - 1990}所,cli-tests,";
    }

    [Fact]
    public void Import_without_write_is_a_dry_run_that_changes_no_file()
    {
        var file = ImportFile(CatalogBuilder.ValidObservations);

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", file, "--data", _catalog.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("dry run: nothing was written. With --write, 2 row(s) go to data/observations/city.csv", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_catalog.Directory, "observations")));
    }

    [Fact]
    public void Import_with_write_records_every_row_in_the_jurisdictions_file_and_the_catalog_loads_them()
    {
        var file = ImportFile(CatalogBuilder.ValidObservations);

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", file, "--data", _catalog.Directory, "--write");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"recorded 2 row(s) in {Recorded}", output, StringComparison.Ordinal);
        var catalog = CatalogLoader.Load(_catalog.Directory);
        Assert.Equal([(Recorded, 2), (Recorded, 3)], catalog.Observations.Select(o => (o.Location.File, o.Location.Line)));
        Assert.Equal(CatalogBuilder.ObservationHeader + "\n" + string.Join("\n", CatalogBuilder.ValidObservations) + "\n", File.ReadAllText(RecordedPath));
    }

    [Fact]
    public void A_bad_row_on_line_37_leaves_the_recorded_file_as_it_was()
    {
        ConsoleRun.Forecast("observe", "import", ImportFile(CatalogBuilder.ValidObservations), "--data", _catalog.Directory, "--write");
        var before = File.ReadAllBytes(RecordedPath);
        var rows = ValidRows().Skip(2).Take(35).ToList();
        rows.Add("city,new-urban-jobs,2001,99999,人,since-2000,final,https://example.org/bad,测试统计局,2002,全年城镇新增就业1万人,cli-tests,");
        var file = ImportFile([.. rows]);

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", file, "--data", _catalog.Directory, "--write");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"{file}:37: value: 99999 is not stated in the evidence", output, StringComparison.Ordinal);
        Assert.True(output.Contains("1 error(s); nothing was written.", StringComparison.Ordinal), output);
        Assert.Equal(before, File.ReadAllBytes(RecordedPath));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(RecordedPath)!, "*.tmp"));
    }

    [Fact]
    public void Importing_the_same_file_twice_records_nothing_twice()
    {
        var file = ImportFile(CatalogBuilder.ValidObservations);
        ConsoleRun.Forecast("observe", "import", file, "--data", _catalog.Directory, "--write");
        var once = File.ReadAllBytes(RecordedPath);

        var (exitCode, output) = ConsoleRun.Forecast("observe", "import", file, "--data", _catalog.Directory, "--write");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"line 2: already recorded at {Recorded}:2; skipped.", output, StringComparison.Ordinal);
        Assert.Equal(once, File.ReadAllBytes(RecordedPath));
    }

    [Fact]
    public void A_final_figure_superseding_the_recorded_estimate_is_written_beside_it_with_the_supersedes_column()
    {
        ConsoleRun.Forecast("observe", "import", ImportFile(CatalogBuilder.ValidObservations), "--data", _catalog.Directory, "--write");
        var final = "city,kindergarten-coverage,2023,89,%,stock,final,https://example.org/bulletin-2024,测试统计局,2024-03-01,普惠性幼儿园覆盖率达到89%,cli-tests,";
        var refused = ConsoleRun.Forecast("observe", "import", ImportFile(final), "--data", _catalog.Directory, "--write");
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains(":2: supersedes: a second figure for city/kindergarten-coverage 2023 (stock)", refused.Output, StringComparison.Ordinal);

        var (exitCode, _) = ConsoleRun.Forecast(
            "observe", "add", "--data", _catalog.Directory, "--write",
            "--jurisdiction", "city", "--indicator", "kindergarten-coverage", "--year", "2023", "--value", "89", "--unit", "%",
            "--period", "stock", "--status", "final", "--source-url", "https://example.org/bulletin-2024", "--publisher", "测试统计局",
            "--published", "2024-03-01", "--evidence", "普惠性幼儿园覆盖率达到89%", "--recorded-by", "cli-tests",
            "--supersedes", "https://example.org/report-2024");

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = File.ReadAllLines(RecordedPath);
        Assert.EndsWith(",supersedes", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        var rows = CatalogLoader.Load(_catalog.Directory).ObservationsOf(new PairId("city", "kindergarten-coverage"));
        Assert.Equal([ObservationStatus.Estimated, ObservationStatus.Final], rows.Select(r => r.Status));
        Assert.Single(ObservationHistory.SupersededBy(rows));
    }

    [Fact]
    public void Add_names_the_option_at_fault()
    {
        var (exitCode, output) = ConsoleRun.Forecast(
            "observe", "add", "--data", _catalog.Directory,
            "--jurisdiction", "city", "--indicator", "new-urban-jobs", "--year", "2023", "--value", "19000", "--unit", "万人",
            "--period", "year", "--status", "final", "--source-url", "https://example.org/bulletin-2023", "--publisher", "测试统计局",
            "--published", "2024-03-01", "--evidence", "全年城镇新增就业1.9万人", "--recorded-by", "cli-tests");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("error: --unit: '万人' differs from new-urban-jobs's unit '人'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_without_a_required_column_is_invalid_input()
    {
        var (exitCode, output) = ConsoleRun.Forecast("observe", "add", "--data", _catalog.Directory, "--jurisdiction", "city");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--evidence", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_without_a_writer_token_is_invalid_input()
    {
        var previous = Environment.GetEnvironmentVariable(ObservationRecorder.TokenVariable);
        Environment.SetEnvironmentVariable(ObservationRecorder.TokenVariable, null);
        try
        {
            var (exitCode, output) = ConsoleRun.Forecast("observe", "import", ImportFile(CatalogBuilder.ValidObservations), "--server", "http://127.0.0.1:9");

            Assert.Equal(ExitCodes.InvalidInput, exitCode);
            Assert.Contains("--token: the server takes figures only with its writer token", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ObservationRecorder.TokenVariable, previous);
        }
    }
}
