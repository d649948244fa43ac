using Forecast.Contracts;
using Forecast.Server.Caching;
using Forecast.Server.Security;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Api;

/// <summary>Published figures recorded in bulk, in the catalog's own CSV format (data/README.md), all or nothing.</summary>
public static class ObservationEndpoints
{
    public const string CsvMediaType = "text/csv";

    public static RouteGroupBuilder MapObservationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/observations/bulk", Bulk)
            .RequireAuthorization(ForecastWriter.Policy)
            .WithName("RecordObservationsInBulk")
            .WithSummary("Records published figures in bulk (bearer token required): text/csv with the columns of data/observations/*.csv, header first. "
                + "Every row is checked against the catalog and what each pair holds; any error records nothing (400 naming the line and column). "
                + "A second figure for a pair, year and period is refused unless it names the one it supersedes; a row repeating a recorded one is skipped. "
                + "?dryRun=true checks and answers what would be recorded.")
            .Accepts<string>(CsvMediaType)
            .Produces<ObservationImportResult>(StatusCodes.Status201Created)
            .Produces<ObservationImportResult>(StatusCodes.Status200OK)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415);
        return api;
    }

    private static async Task<IResult> Bulk(
        HttpRequest request, bool? dryRun, IGrainFactory grains, ResourceCache cache, IOptions<ForecastApiOptions> options, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } type || !type.StartsWith(CsvMediaType, StringComparison.OrdinalIgnoreCase))
            return Problems.UnsupportedMediaType("published figures are sent as text/csv in the columns of data/observations/*.csv");
        var limits = options.Value;
        var (bytes, tooLarge) = await RequestBody.ReadAsync(request, limits.MaxBulkBytes, cancellationToken);
        if (tooLarge is not null)
            return tooLarge;
        var body = bytes!;
        // Lines after the header; a quoted field cannot span lines in this format, so each line is a row.
        var rows = body.Count(b => b == (byte)'\n') + (body.Length > 0 && body[^1] != (byte)'\n' ? 1 : 0) - 1;
        if (rows > limits.MaxBulkRows)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Too many rows",
                detail: $"the body holds {rows:#,0} rows; at most {limits.MaxBulkRows:#,0} are taken at once: send it in parts");
        }

        ObservationImportResult result;
        try
        {
            result = await grains.GetGrain<IObservationImportGrain>(0).Import("request", body, write: dryRun != true);
        }
        catch (ObservationImportConflictException e)
        {
            return Problems.Conflict(e.Message);
        }

        if (result.Errors.Count > 0)
            return Problems.BadRows(result.Errors);
        if (!result.Written)
            return Results.Ok(result);

        foreach (var pair in result.Recorded.Select(r => r.Pair).Distinct(StringComparer.Ordinal))
        {
            cache.Invalidate(CacheKeys.Pair(pair));
            cache.Invalidate(CacheKeys.Observations(pair));
        }

        cache.InvalidatePrefix(CacheKeys.GrowthPrefix);
        return Results.Json(result, statusCode: StatusCodes.Status201Created);
    }
}
