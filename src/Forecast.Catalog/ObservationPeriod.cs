using System.Globalization;

namespace Forecast.Catalog;

/// <summary>
/// The span a published figure covers, written <c>year</c>, <c>stock</c> or <c>since-YYYY</c>. A 2021–2025 total
/// read against a 2023–2025 goal is a different measure from one year's flow; the period says which one was recorded.
/// </summary>
/// <param name="SinceYear">For <see cref="ObservationPeriodKind.Since"/>, the first year summed; otherwise null.</param>
public readonly record struct ObservationPeriod(ObservationPeriodKind Kind, int? SinceYear = null)
{
    public static ObservationPeriod Year { get; } = new(ObservationPeriodKind.Year);

    public static ObservationPeriod Stock { get; } = new(ObservationPeriodKind.Stock);

    public static ObservationPeriod Since(int year) => new(ObservationPeriodKind.Since, year);

    public override string ToString() => Kind switch
    {
        ObservationPeriodKind.Year => "year",
        ObservationPeriodKind.Stock => "stock",
        _ => $"since-{SinceYear?.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>Reads <c>year</c>, <c>stock</c> or <c>since-YYYY</c> (four digits), exactly as written in the files.</summary>
    public static bool TryParse(string? text, out ObservationPeriod period)
    {
        period = default;
        switch (text)
        {
            case "year":
                period = Year;
                return true;
            case "stock":
                period = Stock;
                return true;
        }

        if (text is { Length: 10 } && text.StartsWith("since-", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var since))
        {
            period = Since(since);
            return true;
        }

        return false;
    }
}
