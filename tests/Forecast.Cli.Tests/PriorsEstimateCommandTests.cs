using Forecast.Catalog.Tests;

namespace Forecast.Cli.Tests;

public sealed class PriorsEstimateCommandTests
{
    [Fact]
    public void The_estimate_lists_each_recorded_plan_vs_outcome_year_with_its_source_beside_the_classes_priors()
    {
        var (exitCode, output) = ConsoleRun.Forecast("priors", "estimate", TempScenario.ShippedFile("baseline.yaml"), "--data", ShippedCatalog.Directory);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("delivered", output, StringComparison.Ordinal);
        Assert.Contains("influenced", output, StringComparison.Ordinal);
        // The shipped observations record Shenyang's 316 community meal points of 2023 against its commitment of 300.
        Assert.Contains("shenyang/community-elderly-meal-points", output, StringComparison.Ordinal);
        Assert.Contains("1.0533", output, StringComparison.Ordinal);
        Assert.Contains("http://m.dgdcd.cn/jiankang/53944.html", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_recorded_outcomes_the_estimate_says_the_priors_stand()
    {
        var data = Path.Combine(Path.GetTempPath(), $"forecast-priors-estimate-{Guid.NewGuid():N}");
        try
        {
            CopyWithoutObservations(ShippedCatalog.Directory, data);

            var (exitCode, output) = ConsoleRun.Forecast("priors", "estimate", TempScenario.ShippedFile("baseline.yaml"), "--data", data);

            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Contains("the priors stand", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static void CopyWithoutObservations(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("observations", StringComparison.Ordinal))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
