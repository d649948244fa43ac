using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Views;
using Forecast.Model;
using Forecast.Model.Growth;
using Forecast.Reports;
using Forecast.Server.Caching;
using Microsoft.Net.Http.Headers;

namespace Forecast.Server.Api;

/// <summary>The analyst's growth table (required against achieved growth) for a jurisdiction and everything below it, as JSON, CSV or an Excel workbook.</summary>
public static class GrowthEndpoints
{
    public static RouteGroupBuilder MapGrowthEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/growth", ByFormat)
            .WithName("GetGrowth")
            .WithSummary("Required against achieved growth per pair, with the basis of every figure (recorded observations included). "
                + "?format=csv gives the CSV of /growth.csv, ?format=xlsx an Excel workbook (as a download).")
            .Produces<IReadOnlyList<GrowthLine>>(contentType: "application/json")
            .Produces<byte[]>(contentType: SpreadsheetXlsx.MediaType)
            .ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/growth.csv", Csv)
            .WithName("GetGrowthCsv")
            .WithSummary("The growth table as CSV (UTF-8), the columns of `forecast growth --csv`.")
            .Produces<string>(contentType: "text/csv").ProducesProblem(404);
        api.MapGet("/growth.xlsx", Xlsx)
            .WithName("GetGrowthXlsx")
            .WithSummary("The growth table as an Excel workbook (a download): the CSV's fields under Chinese-first headers, figures as numbers.")
            .Produces<byte[]>(contentType: SpreadsheetXlsx.MediaType).ProducesProblem(404);
        return api;
    }

    private static Task<IResult> ByFormat(string? jurisdiction, string? format, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache) => format switch
    {
        null or "" or "json" => Serve(jurisdiction, "json", catalog, grains, cache, static lines => ApiJson.Resource(lines)),
        "csv" => Csv(jurisdiction, catalog, grains, cache),
        "xlsx" => Xlsx(jurisdiction, catalog, grains, cache),
        _ => Task.FromResult(Problems.BadQuery("format", $"'{format}' is not one of json, csv, xlsx")),
    };

    private static Task<IResult> Csv(string? jurisdiction, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache) =>
        Serve(jurisdiction, "csv", catalog, grains, cache, static lines => new CachedResource(GrowthCsv.ToBytes(lines), "text/csv; charset=utf-8"));

    private static Task<IResult> Xlsx(string? jurisdiction, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache)
    {
        var id = string.IsNullOrEmpty(jurisdiction) ? catalog.Root.Id : jurisdiction;
        return Serve(jurisdiction, "xlsx", catalog, grains, cache, lines => new CachedResource(GrowthXlsx.ToBytes(lines), SpreadsheetXlsx.MediaType)
        {
            // The id is checked against the catalog before this runs, so it is a known jurisdiction's.
            ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"growth-{id}.xlsx" }.ToString(),
        });
    }

    private static async Task<IResult> Serve(
        string? jurisdiction, string format, ForecastCatalog catalog, IGrainFactory grains, ResourceCache cache, Func<IReadOnlyList<GrowthLine>, CachedResource> render)
    {
        var id = string.IsNullOrEmpty(jurisdiction) ? catalog.Root.Id : jurisdiction;
        if (!catalog.TryGetJurisdiction(id, out _))
            return Problems.NotFound($"unknown jurisdiction '{id}'");
        var resource = await cache.GetAsync(CacheKeys.Growth(id, format), (catalog, grains, id, render), static async s =>
            s.render(await Lines(s.catalog, s.grains, s.id)));
        return new CachedResult(resource!);
    }

    private static async Task<IReadOnlyList<GrowthLine>> Lines(ForecastCatalog catalog, IGrainFactory grains, string jurisdiction)
    {
        var scope = catalog.Subtree(jurisdiction).Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        var pairs = catalog.Pairs.Where(p => scope.Contains(p.Jurisdiction)).ToList();
        var recorded = await Task.WhenAll(pairs.Select(p => grains.GetGrain<IIndicatorGrain>(p.ToString()).GetObservations()));
        var observations = new Dictionary<PairId, IReadOnlyList<DataPoint>>();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (recorded[i].Count > 0)
                observations[pairs[i]] = recorded[i].Select(PairViews.ToPoint).ToList();
        }

        return GrowthTable.For(catalog, jurisdiction, observations).Select(GrowthLine.From).ToList();
    }
}
