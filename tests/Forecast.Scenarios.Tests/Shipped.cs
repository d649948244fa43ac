using System.Text;
using Forecast.Catalog.Tests;

namespace Forecast.Scenarios.Tests;

/// <summary>The repository's scenarios/ folder and a reader over the shipped catalog and priors' factors.</summary>
internal static class Shipped
{
    public static string ScenariosDirectory => Path.Combine(Path.GetDirectoryName(ShippedCatalog.Directory)!, "scenarios");

    public static ScenarioVocabulary Vocabulary { get; } = ScenarioVocabulary.From(ShippedCatalog.Catalog, ["economy", "fiscal"]);

    public static ScenarioFile Read(string name) => ScenarioReader.Read(Path.Combine(ScenariosDirectory, name), Vocabulary);

    public static ScenarioFile Parse(string yaml) => ScenarioReader.Parse(Encoding.UTF8.GetBytes(yaml), "test.yaml", Vocabulary);

    public static ScenarioError Rejects(string yaml) => Assert.Throws<ScenarioFileException>(() => Parse(yaml)).Errors[0];

    public const string Minimal = "id: t\nseed: 1\nasOfYear: 2023\n";
}
