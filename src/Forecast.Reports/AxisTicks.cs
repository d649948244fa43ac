using System.Globalization;

namespace Forecast.Reports;

/// <summary>
/// "Nice" axis ticks: multiples of a step of 1, 2, 2.5 or 5 × 10^k, so a chart's axis reads 1,400,000 and 1,450,000
/// rather than 1,397,418 — a reader compares figures against round numbers, not against the data's own extremes.
/// </summary>
public static class AxisTicks
{
    private static readonly double[] Mantissas = [1, 2, 2.5, 5, 10];

    /// <summary>The step nearest to a <paramref name="count"/>-th of the range, from 1, 2, 2.5, 5 × 10^k.</summary>
    public static double Step(double low, double high, int count = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var range = high - low;
        if (!double.IsFinite(range) || range <= 0)
            range = Math.Max(1, Math.Abs(high));
        var raw = range / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        // The first mantissa at or above the raw step's: never more ticks than asked for, by more than a few.
        var mantissa = Mantissas.First(m => m * magnitude >= raw * (1 - 1e-9));
        return mantissa * magnitude;
    }

    /// <summary>Every multiple of <see cref="Step"/> from <paramref name="low"/> to <paramref name="high"/>, both included, free of floating-point dust.</summary>
    public static IReadOnlyList<double> Between(double low, double high, int count = 4)
    {
        var step = Step(low, high, count);
        var decimals = Decimals(step);
        var first = Math.Ceiling((low / step) - 1e-9);
        var last = Math.Floor((high / step) + 1e-9);
        var ticks = new List<double>();
        for (var k = first; k <= last; k++)
            ticks.Add(Math.Round(k * step, decimals));
        return ticks;
    }

    /// <summary>A tick as printed: thousands separated, with just the decimals its step needs (2.5 → "2.5", 5 → "5").</summary>
    public static string Label(double tick, double step) =>
        tick.ToString(Decimals(step) == 0 ? "#,0" : "#,0." + new string('#', Decimals(step)), CultureInfo.InvariantCulture);

    /// <summary>The decimals a step of 1, 2, 2.5 or 5 × 10^k needs: none from 1 up, k's magnitude (plus one for 2.5) below.</summary>
    private static int Decimals(double step)
    {
        var decimals = 0;
        while (decimals < 12 && Math.Abs((step * Math.Pow(10, decimals)) - Math.Round(step * Math.Pow(10, decimals))) > 1e-9 * Math.Pow(10, decimals) * step)
            decimals++;
        return decimals;
    }
}
