using System.Text.Json;
using Forecast.Catalog.Tests;

namespace Forecast.Cli.Tests;

public sealed class BacktestCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"forecast-backtest-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_out))
            Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public void A_backtest_scores_the_goals_recorded_after_its_cutoff_beside_the_simple_rules_and_writes_csv_json_and_html()
    {
        var (exitCode, output) = ConsoleRun.Forecast("backtest", TempScenario.ShippedFile("baseline.yaml"), "--as-of", "2022", "--paths", "500", "--data", ShippedCatalog.Directory, "--out", _out);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("backtest as of 2022", output, StringComparison.Ordinal);
        Assert.Contains("the plan is always met", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "backtest-2022.json")));
        var scored = json.RootElement.GetProperty("scored").GetInt32();
        Assert.True(scored > 0, "the shipped observations settle goals after 2022");
        Assert.Equal(scored, json.RootElement.GetProperty("goals").GetArrayLength());
        Assert.Equal(3, json.RootElement.GetProperty("rules").GetArrayLength());
        Assert.Equal(scored + 1, File.ReadAllLines(Path.Combine(_out, "backtest-2022.csv")).Length);
        Assert.Contains("<svg role=\"img\" aria-label=\"reliability diagram\"", File.ReadAllText(Path.Combine(_out, "backtest-2022.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cutoff_that_is_no_plan_year_is_invalid_input()
    {
        var (exitCode, output) = ConsoleRun.Forecast("backtest", TempScenario.ShippedFile("baseline.yaml"), "--as-of", "99", "--data", ShippedCatalog.Directory, "--out", _out);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--as-of", output, StringComparison.Ordinal);
    }
}
