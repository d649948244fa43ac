using System.Text;
using Forecast.Catalog.Tests;

namespace Forecast.Cli.Tests;

/// <summary>A scenario file written to a fresh temporary folder for one test, and the repository's shipped scenarios.</summary>
internal sealed class TempScenario : IDisposable
{
    public TempScenario()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"forecast-run-{Guid.NewGuid():N}");

    public static string ScenariosDirectory => Path.Combine(Path.GetDirectoryName(ShippedCatalog.Directory)!, "scenarios");

    public static string Priors => Path.Combine(ScenariosDirectory, "priors.yaml");

    public static string ShippedFile(string name) => Path.Combine(ScenariosDirectory, name);

    public string Out => Path.Combine(Folder, "out");

    public string Write(string yaml, string name = "scenario.yaml") => Write(Encoding.UTF8.GetBytes(yaml), name);

    public string Write(byte[] bytes, string name = "scenario.yaml")
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary><c>forecast run FILE</c> against the shipped catalog and priors, reports into this folder.</summary>
    public (int ExitCode, string Output) Run(string file, params string[] more) =>
        ConsoleRun.Forecast(["run", file, "--data", ShippedCatalog.Directory, "--priors", Priors, "--out", Out, .. more]);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
