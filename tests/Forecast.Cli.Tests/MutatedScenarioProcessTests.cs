using System.Diagnostics;
using Forecast.Catalog.Tests;
using Forecast.Scenarios;
using Forecast.Scenarios.Tests;

namespace Forecast.Cli.Tests;

/// <summary>
/// A handful of the fuzz test's mutants, refused by the reader, given to the real <c>forecast</c> process: what a
/// planner sees is exit code 2 and located errors, never "Unhandled exception" and a stack trace.
/// </summary>
public sealed class MutatedScenarioProcessTests : IDisposable
{
    private readonly TempScenario _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Refused()
    {
        var data = new TheoryData<string>();
        var picked = 0;
        var failedOtherwise = false;
        foreach (var (name, bytes) in ScenarioMutants.Make(ScenarioFuzzTests.Count, seed: 16))
        {
            try
            {
                ScenarioReader.Parse(bytes, name, ScenarioVocabulary.From(ShippedCatalog.Catalog, ["economy", "fiscal"]));
            }
            catch (ScenarioFileException e)
            {
                // The first five refused, and the first that the YAML library failed on with another exception than its own.
                var otherwise = e.Errors.Any(x => x.Message.Contains("cannot be read from about here", StringComparison.Ordinal));
                if (picked < 5 || (otherwise && !failedOtherwise))
                {
                    data.Add(name);
                    picked++;
                    failedOtherwise |= otherwise;
                }
            }

            if (picked >= 5 && failedOtherwise)
                break;
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_mutant_exits_2_with_located_errors_and_no_stack_trace(string name)
    {
        var bytes = ScenarioMutants.Make(ScenarioFuzzTests.Count, seed: 16).Single(m => m.Name == name).Bytes;
        var file = _temp.Write(bytes, name);

        var (exitCode, output) = await RunForecastAsync("run", file, "--data", ShippedCatalog.Directory, "--priors", TempScenario.Priors, "--out", _temp.Out);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"error: {file}:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    /// <summary>The <c>forecast</c> assembly the test project's build copied next to the tests, run as its own process.</summary>
    private static async Task<(int ExitCode, string Output)> RunForecastAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "forecast.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
