using System.Net.Http.Json;
using System.Text.Json;
using Forecast.Catalog.Tests;

namespace Forecast.Server.Tests;

/// <summary>
/// A server on a copy of the shipped catalog with one published figure in <c>observations/</c> (written for this test;
/// example.org is no source): the pair API answers it with its status, page, quote and the file line it came from.
/// </summary>
public sealed class CatalogObservationServerTests : IAsyncLifetime
{
    private const string Row = "dandong,new-urban-jobs,2023,17500,人,year,final,https://example.org/dandong-bulletin-2023,丹东市统计局(测试),2024-04,全年城镇新增就业1.75万人,server-tests,test row";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"forecast-observed-{Guid.NewGuid():N}");
    private ServerFixture _server = null!;

    public async Task InitializeAsync()
    {
        var data = Path.Combine(_root, "data");
        Copy(ShippedCatalog.Directory, data);
        Directory.CreateDirectory(Path.Combine(data, "observations"));
        await File.WriteAllTextAsync(Path.Combine(data, "observations", "dandong.csv"), CatalogBuilder.ObservationHeader + "\n" + Row + "\n");
        var priors = Path.Combine(Path.GetDirectoryName(ShippedCatalog.Directory)!, "scenarios", "priors.yaml");
        _server = new ServerFixture(data, $"--Forecast:PriorsPath={priors}", "--Forecast:Api:StartupScenario=");
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task The_pair_api_answers_a_catalog_figure_with_its_status_source_link_and_file_line()
    {
        var detail = await _server.Http.GetFromJsonAsync<JsonElement>("/api/pairs/dandong/new-urban-jobs");

        var observation = Assert.Single(detail.GetProperty("observations").EnumerateArray());
        Assert.Equal(
            ("final", "https://example.org/dandong-bulletin-2023", "全年城镇新增就业1.75万人", "data/observations/dandong.csv:2"),
            (observation.GetProperty("status").GetString(), observation.GetProperty("sourceUrl").GetString(), observation.GetProperty("evidence").GetString(), observation.GetProperty("origin").GetString()));
        Assert.Equal(JsonValueKind.Null, observation.GetProperty("recordedAt").ValueKind);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
