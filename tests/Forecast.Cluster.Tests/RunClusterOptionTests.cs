using Forecast.Catalog.Tests;
using Forecast.Cli;
using Forecast.Cli.Tests;

namespace Forecast.Cluster.Tests;

/// <summary><c>forecast run --cluster CONN</c> with a connection string it cannot use (the run itself: ClusterRunTests).</summary>
public sealed class RunClusterOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("forecast-run-cluster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_malformed_cluster_connection_string_exits_2_without_the_password()
    {
        var scenario = Path.Combine(_folder, "t.yaml");
        File.WriteAllText(scenario, "id: t\nseed: 1\nasOfYear: 2023\npaths: 10\n");
        var priors = Path.Combine(Path.GetDirectoryName(ShippedCatalog.Directory)!, "scenarios", "priors.yaml");

        var (exitCode, output) = ConsoleRun.Forecast("run", scenario, "--data", ShippedCatalog.Directory, "--priors", priors, "--out", _folder, "--cluster", "Hots=127.0.0.1;Password=secret");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--cluster", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
