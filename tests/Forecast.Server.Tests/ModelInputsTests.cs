using Forecast.Catalog.Tests;
using Forecast.Hosting;

namespace Forecast.Server.Tests;

/// <summary>A broken priors file stops the server with its place named, before any host starts and without a stack trace.</summary>
public sealed class ModelInputsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("forecast-priors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_priors_file_of_nested_brackets_stops_the_server_with_its_place_before_it_is_parsed()
    {
        var priors = Write(Shipped() + "note: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        var e = Assert.Throws<ForecastConfigurationException>(() => ForecastServer.Build(Args(priors)));

        Assert.StartsWith($"{priors}:", e.Message, StringComparison.Ordinal);
        Assert.Contains("nest", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_priors_value_out_of_range_stops_the_server_naming_the_line_and_field()
    {
        var priors = Write(Shipped().Replace("  pace: 0.10", "  pace: -0.10", StringComparison.Ordinal));

        var e = Assert.Throws<ForecastConfigurationException>(() => ForecastServer.Build(Args(priors)));

        var line = Shipped().Split('\n').ToList().FindIndex(l => l.StartsWith("  pace: 0.10", StringComparison.Ordinal)) + 1;
        Assert.Contains($"priors.yaml:{line}", e.Message, StringComparison.Ordinal);
        Assert.Contains("pace", e.Message, StringComparison.Ordinal);
    }

    private static string Shipped() => File.ReadAllText(Path.Combine(ShippedCatalog.Directory, "..", "scenarios", "priors.yaml"));

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "priors.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Args(string priors) =>
    [
        "--urls=http://127.0.0.1:0",
        $"--Forecast:DataDirectory={ShippedCatalog.Directory}",
        $"--Forecast:PriorsPath={priors}",
        "--Forecast:Api:StartupScenario=",
    ];
}
