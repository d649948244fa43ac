namespace Forecast.Contracts;

/// <summary>
/// An observation: a value recorded for a pair's year, where it was read and who recorded it. A published figure (from
/// the catalog's <c>observations/</c> or the bulk endpoint) also says how final it is, what span it covers, and links
/// its page and verbatim quote; a value recorded through the single-value endpoint leaves those null.
/// </summary>
/// <param name="Source">Where the value was read; for a published figure, its publisher and publication date.</param>
/// <param name="RecordedAt">When the server stored it; null for a figure read from the catalog's files.</param>
/// <param name="Period">"year", "stock" or "since-YYYY".</param>
/// <param name="Status">"final", "estimated" or "preliminary".</param>
/// <param name="SourceUrl">The page the figure was read on (http or https).</param>
/// <param name="Published">"YYYY-MM-DD", "YYYY-MM" or "YYYY".</param>
/// <param name="Evidence">The verbatim phrase holding the number.</param>
/// <param name="Note">Scope caveats.</param>
/// <param name="Supersedes">The source URL of the earlier figure for the same year and period this one replaces.</param>
/// <param name="SupersededBy">The source URL of the later figure that replaces this one; it is kept as history.</param>
/// <param name="Origin">For a catalog figure, the file and line it was read from ("data/observations/dalian.csv:12").</param>
[GenerateSerializer, Immutable, Alias("forecast.ObservationView")]
public sealed record ObservationView(
    [property: Id(0)] int Year,
    [property: Id(1)] double Value,
    [property: Id(2)] string Source,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset? RecordedAt,
    [property: Id(5)] string? Period = null,
    [property: Id(6)] string? Status = null,
    [property: Id(7)] string? SourceUrl = null,
    [property: Id(8)] string? Publisher = null,
    [property: Id(9)] string? Published = null,
    [property: Id(10)] string? Evidence = null,
    [property: Id(11)] string? Note = null,
    [property: Id(12)] string? Supersedes = null,
    [property: Id(13)] string? SupersededBy = null,
    [property: Id(14)] string? Origin = null);
