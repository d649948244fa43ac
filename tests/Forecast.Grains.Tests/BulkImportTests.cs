using System.Text;
using Forecast.Catalog.Tests;
using Forecast.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Forecast.Grains.Tests;

/// <summary>
/// A bulk of published figures is recorded all or nothing: any row's error records nothing, and a pair whose write
/// fails gets the pairs already written put back. SYNTHETIC catalog; example.org is no source.
/// </summary>
public sealed class BulkImportTests : IAsyncLifetime
{
    private const string Header = CatalogBuilder.ObservationHeader + ",supersedes";
    private const string East = "east,basic-pension,2023,131,元/月,stock,final,https://example.org/east-bulletin,东区统计局,2024-03-20,基础养老金最低标准提高到131元,bulk test,,";
    private const string West = "west,basic-pension,2023,132,元/月,stock,final,https://example.org/west-bulletin,西区统计局,2024-03-21,基础养老金最低标准提高到132元,bulk test,,";
    private readonly SharedStorage _storage = new();
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        // West's pair cannot be written: an import reaching it must leave East as it found it.
        _cluster = Shipped.Cluster(silos: 1, catalog: SyntheticCatalog.TwoDistricts(), storageFactory: sp =>
            new FailingWrites(_storage.For(sp.GetRequiredService<Serializer>()), id => id.ToString().Contains("west/basic-pension", StringComparison.Ordinal)));
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IObservationImportGrain Import => _cluster.Client.GetGrain<IObservationImportGrain>(0);

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");

    [Fact]
    public async Task A_pair_whose_write_fails_gets_the_pairs_already_written_put_back()
    {
        var east = _cluster.Client.GetGrain<IIndicatorGrain>("east/basic-pension");
        var before = await east.GetObservations();

        await Assert.ThrowsAnyAsync<Exception>(() => Import.Import("bulk.csv", Csv(East, West), write: true));

        Assert.Equal(before, await east.GetObservations());
        Assert.Empty(await _cluster.Client.GetGrain<IIndicatorGrain>("west/basic-pension").GetObservations());
    }

    [Fact]
    public async Task A_row_with_an_error_records_nothing_and_names_its_line_and_column()
    {
        var result = await Import.Import("bulk.csv", Csv(East, East.Replace("east,", "atlantis,", StringComparison.Ordinal)), write: true);

        Assert.False(result.Written);
        Assert.Equal([(3, "jurisdiction")], result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Empty(await _cluster.Client.GetGrain<IIndicatorGrain>("east/basic-pension").GetObservations());
    }

    [Fact]
    public async Task A_figure_recorded_in_bulk_is_not_replaced_by_a_single_value_for_its_year()
    {
        const string pair = "east/basic-pension";
        var result = await Import.Import("bulk.csv", Csv(East), write: true);
        Assert.True(result.Written);

        await _cluster.Client.GetGrain<IIndicatorGrain>(pair).RecordObservation(new ObservationInput(2023, 140, "a single value", "bulk test"));

        var observations = await _cluster.Client.GetGrain<IIndicatorGrain>(pair).GetObservations();
        Assert.Equal([(131.0, "final"), (140.0, null)], observations.Select(o => (o.Value, o.Status)));
    }
}
