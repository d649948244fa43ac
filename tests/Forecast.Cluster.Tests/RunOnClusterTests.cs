using Forecast.Catalog.Tests;
using Forecast.Cli;
using Forecast.Reports;
using Spectre.Console;

namespace Forecast.Cluster.Tests;

/// <summary><c>forecast run --cluster CONN</c>: the planner's command as a client of silos sharing PostgreSQL.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RunOnClusterTests(ClusterFixture cluster) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("forecast-run-cluster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_scenario_runs_on_the_cluster_and_its_report_names_the_catalog_the_silos_read()
    {
        await cluster.EnsureAllRunningAsync();
        var scenario = Path.Combine(_folder, "dandong.yaml");
        File.WriteAllText(scenario, "id: cluster-dandong\nseed: 11\npaths: 300\nasOfYear: 2023\nscope: [dandong]\nformats: [json]\n");
        var priors = Path.Combine(Path.GetDirectoryName(ShippedCatalog.Directory)!, "scenarios", "priors.yaml");

        var (exitCode, output) = Forecast("run", scenario, "--data", ShippedCatalog.Directory, "--priors", priors, "--out", _folder, "--cluster", cluster.ConnectionString, "--cluster-id", ClusterFixture.ClusterId);

        Assert.True(exitCode == ExitCodes.Success, output + "\n" + cluster.Logs());
        var report = JsonReport.Read(File.ReadAllText(Path.Combine(_folder, "report.json")));
        Assert.Equal(ShippedCatalog.Catalog.ContentHash, report.CatalogHash);
        var expected = ShippedCatalog.Catalog.Pairs.Count(p => p.Jurisdiction is "dandong" or "zhenxing");
        Assert.Equal(expected, report.Pairs.Count);
        Assert.Equal(["dandong", "zhenxing"], report.Jurisdictions.Select(j => j.Id));
    }

    [Fact]
    public void A_malformed_cluster_connection_string_exits_2_without_the_password()
    {
        var scenario = Path.Combine(_folder, "t.yaml");
        File.WriteAllText(scenario, "id: t\nseed: 1\nasOfYear: 2023\npaths: 10\n");
        var priors = Path.Combine(Path.GetDirectoryName(ShippedCatalog.Directory)!, "scenarios", "priors.yaml");

        var (exitCode, output) = Forecast("run", scenario, "--data", ShippedCatalog.Directory, "--priors", priors, "--out", _folder, "--cluster", "Hots=127.0.0.1;Password=secret");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--cluster", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Forecast(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        return (ForecastCommand.Invoke(args, console), writer.ToString());
    }
}
