using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using Forecast.Catalog.Tests;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class GrowthEndpointTests(ServerFixture server)
{
    [Fact]
    public async Task The_growth_table_has_one_line_per_pair_in_scope()
    {
        var lines = await server.Http.GetFromJsonAsync<JsonElement>("/api/growth?jurisdiction=dandong");

        var pairs = ShippedCatalog.Catalog.Subtree("dandong").Sum(j => ShippedCatalog.Catalog.PairsOf(j.Id).Count());
        Assert.Equal(pairs, lines.GetArrayLength());
        Assert.All(lines.EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("category").GetString())));
    }

    [Fact]
    public async Task The_growth_csv_parses_with_the_cli_s_columns_and_the_json_s_lines()
    {
        var response = await server.Http.GetAsync("/api/growth.csv?jurisdiction=zhenxing");
        var json = await server.Http.GetFromJsonAsync<JsonElement>("/api/growth?jurisdiction=zhenxing");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(json.GetArrayLength(), rows.Count);
        Assert.Equal(
            ["jurisdiction", "indicator", "name_zh", "name_en", "unit", "kind", "direction", "target_year", "target_from_year", "target_comparator", "target_value", "target_clause", "target_evidence", "latest_year", "latest_value", "latest_basis", "latest_source", "history_from_year", "history_from_value", "history_from_basis", "historical_rate", "required_rate", "rate_unit", "ratio", "category", "explanation"],
            rows[0].Keys);
        Assert.All(rows, r => Assert.Equal("zhenxing", r["jurisdiction"]));
        var first = json.EnumerateArray().First();
        Assert.Equal(first.GetProperty("nameZh").GetString(), rows[0]["name_zh"]);
    }

    [Fact]
    public async Task An_unknown_jurisdiction_has_no_growth_table()
    {
        var response = await server.Http.GetAsync("/api/growth.csv?jurisdiction=atlantis");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
