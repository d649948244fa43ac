using Forecast.Catalog.Tests;

namespace Forecast.Cli.Tests;

public sealed class CatalogValidateCommandTests
{
    [Fact]
    public void The_shipped_catalog_validates_and_prints_its_summary()
    {
        var (exitCode, output) = ConsoleRun.Forecast("catalog", "validate", "--data", ShippedCatalog.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("catalog OK", output, StringComparison.Ordinal);
        foreach (var jurisdiction in new[] { "dandong", "zhenxing", "shenyang", "dalian", "lianyungang" })
            Assert.Contains(jurisdiction, output, StringComparison.Ordinal);
        Assert.Contains("pairs per domain", output, StringComparison.Ordinal);
        Assert.Contains("pairs per kind", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_catalog_exits_2_and_names_file_line_and_field()
    {
        using var builder = new CatalogBuilder();
        builder.FigureWith(1, "value", "NaN");

        var (exitCode, output) = ConsoleRun.Forecast("catalog", "validate", "--data", builder.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("data/commitments/test.csv:3: value: 'NaN' is not a finite number", output, StringComparison.Ordinal);
        Assert.Contains("nothing was loaded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_is_listed_before_exiting()
    {
        using var builder = new CatalogBuilder();
        builder.Figures(
            CatalogBuilder.ValidFigures[0].Replace("city,", "atlantis,", StringComparison.Ordinal),
            CatalogBuilder.ValidFigures[1].Replace(",90,", ",190,", StringComparison.Ordinal));

        var (exitCode, output) = ConsoleRun.Forecast("catalog", "validate", "--data", builder.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("test.csv:2: jurisdiction", output, StringComparison.Ordinal);
        Assert.Contains("test.csv:3: value", output, StringComparison.Ordinal);
        // 190 both exceeds the 100 % bound and is not the number its evidence states: two errors on line 3.
        Assert.Contains("3 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_published_figure_exits_2_and_names_file_line_and_field()
    {
        using var builder = new CatalogBuilder();
        builder.ObservationWith(1, "status", "provisional");

        var (exitCode, output) = ConsoleRun.Forecast("catalog", "validate", "--data", builder.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("data/observations/test.csv:3: status: 'provisional' is not one of final, estimated, preliminary", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_published_figures_by_status()
    {
        using var builder = new CatalogBuilder();
        builder.Observations(CatalogBuilder.ValidObservations);

        var (exitCode, output) = ConsoleRun.Forecast("catalog", "validate", "--data", builder.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("2 published figures recorded (1 final, 1 estimated, 0 preliminary; 0 superseded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_folder_is_invalid_input()
    {
        var (exitCode, output) = ConsoleRun.Forecast("catalog", "validate", "--data", Path.Combine(Path.GetTempPath(), "no-such-forecast-data"));

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_invalid_input()
    {
        var (exitCode, _) = ConsoleRun.Forecast("catalog", "validate", "--bogus");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
    }

    [Fact]
    public void An_unreadable_catalog_file_exits_2_naming_it_without_a_stack_trace()
    {
        if (!OperatingSystem.IsLinux())
            return;
        using var builder = new CatalogBuilder();
        var path = Path.Combine(builder.Directory, "jurisdictions.csv");
        File.Delete(path);
        File.CreateSymbolicLink(path, "/proc/self/mem"); // every read fails with an I/O error, even as root

        var (exitCode, output) = ConsoleRun.Forecast("catalog", "validate", "--data", builder.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("error: data/jurisdictions.csv: file: cannot be read", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Contains("2 error(s)", output, StringComparison.Ordinal);
    }
}
