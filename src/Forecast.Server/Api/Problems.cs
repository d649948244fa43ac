namespace Forecast.Server.Api;

/// <summary>The API's problem+json answers (RFC 9457), with the field at fault where there is one.</summary>
public static class Problems
{
    /// <summary>400 with <c>path</c>: the JSON path of the field at fault ("$.value", "$.shocks[1].factor").</summary>
    /// <param name="detail">What is wrong, starting with the field it names.</param>
    public static IResult BadRequest(string path, string detail) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid request body",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["path"] = path });

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    /// <summary>415: the write accepts only the listed media types.</summary>
    public static IResult UnsupportedMediaType(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: detail);

    /// <summary>A contract field name ("value", "recordedBy", "shocks[1].factor") as the JSON path of the body.</summary>
    public static string PathOf(string field) =>
        field.StartsWith('$') ? field : field.StartsWith('[') ? "$" + field : "$." + field;
}
