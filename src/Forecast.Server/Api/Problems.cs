namespace Forecast.Server.Api;

/// <summary>The API's problem+json answers (RFC 9457), with the field at fault where there is one.</summary>
public static class Problems
{
    /// <summary>400 with <c>path</c>: the JSON path of the field at fault ("$.value", "$.shocks[1].factor").</summary>
    /// <param name="detail">What is wrong, starting with the field it names.</param>
    /// <summary>A query parameter the endpoint does not take as given: 400 naming the parameter.</summary>
    public static IResult BadQuery(string parameter, string detail) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid query parameter",
            detail: $"{parameter}: {detail}",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static IResult BadRequest(string path, string detail) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid request body",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["path"] = path });

    /// <summary>400 for a YAML scenario: every error with its line, column and field; <c>path</c> is the first error's field.</summary>
    public static IResult BadScenario(IReadOnlyList<Forecast.Scenarios.ScenarioError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid scenario",
            detail: string.Join("; ", errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Field}: {e.Message}")),
            extensions: new Dictionary<string, object?>
            {
                ["path"] = errors.Count > 0 ? errors[0].Field : "scenario",
                ["errors"] = errors.Select(e => new { line = e.Line, column = e.Column, field = e.Field, message = e.Message }).ToList(),
            });

    /// <summary>400 for rows of CSV: every error with its line and column name; <c>path</c> is the first error's "line N: field".</summary>
    public static IResult BadRows(IReadOnlyList<Forecast.Contracts.ObservationRowError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid observations",
            detail: string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Field}: {e.Message}")),
            extensions: new Dictionary<string, object?>
            {
                ["path"] = errors.Count > 0 ? $"line {errors[0].Line}: {errors[0].Field}" : "body",
                ["errors"] = errors.Select(e => new { line = e.Line, field = e.Field, message = e.Message }).ToList(),
            });

    /// <summary>409: what the write would change changed under it; nothing was written and it may be sent again.</summary>
    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    /// <summary>415: the write accepts only the listed media types.</summary>
    public static IResult UnsupportedMediaType(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: detail);

    /// <summary>A contract field name ("value", "recordedBy", "shocks[1].factor") as the JSON path of the body.</summary>
    public static string PathOf(string field) =>
        field.StartsWith('$') ? field : field.StartsWith('[') ? "$" + field : "$." + field;
}
