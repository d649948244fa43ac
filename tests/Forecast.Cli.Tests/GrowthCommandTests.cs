using System.Globalization;
using CsvHelper;
using Forecast.Catalog.Tests;

namespace Forecast.Cli.Tests;

public sealed class GrowthCommandTests : IDisposable
{
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"forecast-growth-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_csv);

    [Fact]
    public void The_table_shows_dandongs_new_urban_jobs_on_track_with_its_reason()
    {
        var (exitCode, output) = ConsoleRun.Forecast("growth", "--jurisdiction", "dandong", "--data", ShippedCatalog.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("dandong/new-urban-jobs", output, StringComparison.Ordinal);
        Assert.Contains("needs 17,000 人/yr", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_has_one_row_per_pair_with_the_basis_of_every_figure()
    {
        var (exitCode, _) = ConsoleRun.Forecast("growth", "--jurisdiction", "dandong", "--csv", _csv, "--data", ShippedCatalog.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        using var reader = new CsvReader(new StreamReader(_csv), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var expectedPairs = ShippedCatalog.Catalog.Pairs.Count(p => p.Jurisdiction is "dandong" or "zhenxing");
        Assert.Equal(expectedPairs, rows.Count);
        var jobs = rows.Single(r => (string)r["jurisdiction"] == "dandong" && (string)r["indicator"] == "new-urban-jobs");
        Assert.Equal("planned", jobs["latest_basis"]);
        Assert.Equal("on-track", jobs["category"]);
        Assert.Contains("5.1万", (string)jobs["target_evidence"], StringComparison.Ordinal);
        Assert.All(rows.Where(r => (string)r["latest_value"] != string.Empty), r => Assert.NotEqual(string.Empty, (string)r["latest_basis"]));
    }

    [Fact]
    public void An_unknown_jurisdiction_is_invalid_input()
    {
        var (exitCode, output) = ConsoleRun.Forecast("growth", "--jurisdiction", "atlantis", "--data", ShippedCatalog.Directory);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("unknown jurisdiction 'atlantis'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_says_exactly_what_the_eurostat_thresholds_are_applied_to()
    {
        var (exitCode, output) = ConsoleRun.Forecast("growth", "--jurisdiction", "dandong", "--data", ShippedCatalog.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        var flat = string.Join(' ', output.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("≥ 0.95 on track", flat, StringComparison.Ordinal);
        Assert.Contains("from the same base year", flat, StringComparison.Ordinal);
        Assert.Contains("the last five years", flat, StringComparison.Ordinal);
        Assert.Contains("percentage points a year; Eurostat uses compound rates", flat, StringComparison.Ordinal);
    }
}
