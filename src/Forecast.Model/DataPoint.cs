using Forecast.Catalog;

namespace Forecast.Model;

/// <summary>One value of a pair in one year, with why we believe it and where it comes from.</summary>
/// <param name="Source">A clause ("附件 1 城镇新增就业1.7万人") or an observation's source, for the basis column.</param>
/// <remarks>
/// A published figure also says how final it is, what span it covers and where to read it; plan figures and values
/// recorded without them leave those null. A superseded figure is still given, marked, because a run as of an
/// earlier year must see what was known then.
/// </remarks>
public sealed record DataPoint(int Year, double Value, PointBasis Basis, string Source)
{
    /// <summary>Final, estimated or preliminary; null for a plan figure or a value recorded without a status.</summary>
    public ObservationStatus? Status { get; init; }

    /// <summary>The year alone, a stock at the year's end, or a total since a named year; null where not stated (read as the year's).</summary>
    public ObservationPeriod? Period { get; init; }

    /// <summary>The page the figure was read on.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The verbatim phrase holding the number.</summary>
    public string? Evidence { get; init; }

    /// <summary>When the figure was published, to the precision known.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>A later figure for the same year and period names this one as the one it replaces.</summary>
    public bool Superseded { get; init; }

    /// <summary>A published figure as the model reads it.</summary>
    public static DataPoint Of(PublishedObservation observation, bool superseded = false) =>
        new(observation.Year, observation.Value, PointBasis.Observed, $"{observation.Publisher} {observation.Published}")
        {
            Status = observation.Status,
            Period = observation.Period,
            SourceUrl = observation.SourceUrl,
            Evidence = observation.Evidence,
            Published = observation.Published,
            Superseded = superseded,
        };
}
