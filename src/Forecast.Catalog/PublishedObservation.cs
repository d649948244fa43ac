namespace Forecast.Catalog;

/// <summary>
/// A figure someone published for a pair's year — a statistical bulletin, an execution report, a completion
/// announcement — recorded with its source and the verbatim phrase that holds the number. Never computed, never guessed.
/// </summary>
/// <param name="Year">The year the figure is for, not the year it was published.</param>
/// <param name="Value">In the indicator's unit (万 and 亿 converted).</param>
/// <param name="Evidence">The phrase from the page holding the number, copied exactly.</param>
/// <param name="Note">Scope caveats (地下管网 vs 老旧管网, a district figure for a city goal); null when none.</param>
/// <param name="Supersedes">The source URL of the earlier figure for the same pair, year and period that this one replaces; null when it replaces none.</param>
/// <param name="Location">The file and line it was read from.</param>
public sealed record PublishedObservation(
    PairId Pair,
    int Year,
    double Value,
    string Unit,
    ObservationPeriod Period,
    ObservationStatus Status,
    string SourceUrl,
    string Publisher,
    PublicationDate Published,
    string Evidence,
    string RecordedBy,
    string? Note,
    string? Supersedes,
    RowLocation Location)
{
    /// <summary>Two rows that say the same thing in every column (where they were read aside).</summary>
    public bool SameFigureAs(PublishedObservation other) => this with { Location = other.Location } == other;
}
