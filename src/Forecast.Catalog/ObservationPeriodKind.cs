namespace Forecast.Catalog;

/// <summary>What span of time a published figure covers; see <see cref="ObservationPeriod"/>.</summary>
public enum ObservationPeriodKind
{
    /// <summary>A flow in the figure's year alone (jobs created in 2023).</summary>
    Year,

    /// <summary>A level or rate at the end of the year (a coverage %, a standard in yuan).</summary>
    Stock,

    /// <summary>A flow summed from the start of a named year through the figure's year (since-2021: 2021–2023).</summary>
    Since,
}
