using System.Globalization;

namespace Forecast.Catalog;

/// <summary>
/// When a figure was published, to the precision known: <c>2024-04-25</c>, <c>2024-04</c> or <c>2024</c>. Kept as
/// precise as the page says, never padded, so a backtest can tell "published in 2024" from "on 1 January 2024".
/// </summary>
public readonly record struct PublicationDate(int Year, int? Month = null, int? Day = null) : IComparable<PublicationDate>
{
    /// <summary>The first day the date can mean: 2024-04 is 2024-04-01 at the earliest.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public override string ToString() =>
        Day is { } d ? $"{Year:0000}-{Month:00}-{d:00}" : Month is { } m ? $"{Year:0000}-{m:00}" : $"{Year:0000}";

    public int CompareTo(PublicationDate other) => Earliest.CompareTo(other.Earliest);

    /// <summary>Reads yyyy-MM-dd, yyyy-MM or yyyy; a date that does not exist (2024-02-30) is not read.</summary>
    public static bool TryParse(string? text, out PublicationDate date)
    {
        date = default;
        if (text is null)
            return false;
        var styles = DateTimeStyles.None;
        var culture = CultureInfo.InvariantCulture;
        switch (text.Length)
        {
            case 10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, styles, out var day):
                date = new PublicationDate(day.Year, day.Month, day.Day);
                return true;
            case 7 when DateOnly.TryParseExact(text, "yyyy-MM", culture, styles, out var month):
                date = new PublicationDate(month.Year, month.Month);
                return true;
            case 4 when int.TryParse(text, NumberStyles.None, culture, out var year) && year >= 1:
                date = new PublicationDate(year);
                return true;
            default:
                return false;
        }
    }
}
