using Forecast.Catalog.Tests;
using Forecast.Cli;
using Spectre.Console;

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
