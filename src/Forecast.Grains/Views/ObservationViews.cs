using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Model;

namespace Forecast.Grains.Views;

/// <summary>Published figures between the catalog's types, the contracts' message and the model's point.</summary>
public static class ObservationViews
{
    /// <summary>A catalog figure as a message: every column kept, its file and line as its origin, no recording time.</summary>
    public static ObservationView ToView(PublishedObservation o) => new(
        o.Year,
        o.Value,
        $"{o.Publisher} {o.Published}",
        o.RecordedBy,
        RecordedAt: null,
        Period: o.Period.ToString(),
        Status: ObservationRows.Word(o.Status),
        SourceUrl: o.SourceUrl,
        Publisher: o.Publisher,
        Published: o.Published.ToString(),
        Evidence: o.Evidence,
        Note: o.Note,
        Supersedes: o.Supersedes,
        Origin: o.Location.ToString());

    /// <summary>A figure accepted by the bulk endpoint, as the pair stores it.</summary>
    public static ObservationView ToRecorded(PublishedObservation o, DateTimeOffset recordedAt) =>
        ToView(o) with { RecordedAt = recordedAt, Origin = null };

    /// <summary>
    /// A stored figure as the history rules read it; null for a value recorded through the single-value endpoint,
    /// which has no period or status and keeps that endpoint's own rule (a later value for its year corrects it).
    /// </summary>
    public static PublishedObservation? ToPublished(PairId pair, string unit, ObservationView o)
    {
        if (!ObservationRows.TryParseStatus(o.Status, out var status) || !ObservationPeriod.TryParse(o.Period, out var period)
            || !PublicationDate.TryParse(o.Published, out var published) || o.SourceUrl is null)
            return null;
        var where = o.Origin is not null
            ? new RowLocation(o.Origin, 0)
            : new RowLocation($"the server (recorded {o.RecordedAt:yyyy-MM-dd HH:mm}Z by {o.RecordedBy})", 0);
        return new PublishedObservation(pair, o.Year, o.Value, unit, period, status, o.SourceUrl, o.Publisher ?? string.Empty, published,
            o.Evidence ?? string.Empty, o.RecordedBy, o.Note, o.Supersedes, where);
    }

    /// <summary>An observation as the model reads it, with its status, period, page and quote where it has them.</summary>
    public static DataPoint ToPoint(ObservationView o) =>
        new(o.Year, o.Value, PointBasis.Observed, o.Source)
        {
            Status = ObservationRows.TryParseStatus(o.Status, out var status) ? status : null,
            Period = ObservationPeriod.TryParse(o.Period, out var period) ? period : null,
            SourceUrl = o.SourceUrl,
            Evidence = o.Evidence,
            Published = PublicationDate.TryParse(o.Published, out var published) ? published : null,
            Superseded = o.SupersededBy is not null,
        };
}
