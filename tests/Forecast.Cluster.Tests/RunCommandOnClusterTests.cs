using System.Text.Json;
using Forecast.Cli;
using Forecast.Cli.Tests;
using Forecast.Catalog.Tests;
using Forecast.Contracts;

namespace Forecast.Cluster.Tests;

public sealed partial class ClusterRunTests
{
    [Fact, RunOrder(2)]
    public async Task Forecast_run_with_cluster_runs_the_baseline_file_on_the_silos()
    {
        await cluster.EnsureAllRunningAsync();
        var output = Directory.CreateTempSubdirectory("forecast-run-cluster-").FullName;
        try
        {
            var (console, writer) = ConsoleRun.Capture();

            var exitCode = await RunCommand.RunAsync(console, new RunCommand.RunOptions(
                Path.Combine(Repository.Root, "scenarios", "baseline.yaml"), output, "json", null, null,
                Path.Combine(Repository.Root, "data"), null, cluster.ConnectionString, ClusterFixture.ClusterId), CancellationToken.None);

            Assert.True(exitCode == ExitCodes.Success, writer.ToString());
            var report = Directory.GetFiles(output, "*.json", SearchOption.AllDirectories).Single();
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            var runId = json.RootElement.GetProperty("runId").GetString()!;
            var pairs = json.RootElement.GetProperty("pairs").GetArrayLength();
            Assert.Equal(ShippedCatalog.Catalog.Pairs.Count(p => Forecast.Model.Forecasting.Forecaster.GoalOf(ShippedCatalog.Catalog, p) is not null), pairs);

            // The run the report shows is the cluster's: its grain, on the silos, holds the same result.
            await using var client = await cluster.ConnectAsync();
            var stored = await RunResults.ReadAsync(client.Grains, runId);
            Assert.NotNull(stored);
            Assert.Equal(pairs, stored.Pairs.Count);
            Assert.Equal(json.RootElement.GetProperty("contentHash").GetString(), stored.ContentHash);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
