using System.Globalization;
using System.Net;
using System.Text;
using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>
/// A pair's fan chart as inline SVG: the P5–P95 and P25–P75 bands and the median of the paths year by year, the
/// points the forecast rests on (filled when observed, hollow when only planned), and the goal as a dashed line.
/// </summary>
public static class FanChart
{
    private const double Width = 520, Height = 220, Left = 64, Right = 16, Top = 16, Bottom = 28;

    public static string Svg(PairForecastView pair)
    {
        var fan = pair.Fan;
        var points = pair.Points;
        var goal = pair.Goal;
        var years = fan.Select(b => b.Year).Concat(points.Select(p => p.Year)).Append(goal.Year).ToList();
        var values = fan.SelectMany(b => new[] { b.P5, b.P95 }).Concat(points.Select(p => p.Value)).Append(goal.Value).Where(double.IsFinite).ToList();
        int minYear = years.Min(), maxYear = Math.Max(years.Max(), minYear + 1);
        double low = values.Min(), high = values.Max();
        if (high - low < 1e-9 * Math.Max(1, Math.Abs(high)))
        {
            low -= Math.Max(1, Math.Abs(low) * 0.05);
            high += Math.Max(1, Math.Abs(high) * 0.05);
        }

        var pad = (high - low) * 0.08;
        low -= pad;
        high += pad;
        double X(double year) => Left + ((year - minYear) / (maxYear - minYear) * (Width - Left - Right));
        double Y(double value) => Top + ((high - value) / (high - low) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(Height))
            .Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(Height)).Append("\" role=\"img\" aria-label=\"")
            .Append(WebUtility.HtmlEncode($"fan chart of {pair.Definition.Pair}")).Append("\">\n");
        svg.Append("<rect x=\"").Append(N(Left)).Append("\" y=\"").Append(N(Top)).Append("\" width=\"").Append(N(Width - Left - Right)).Append("\" height=\"").Append(N(Height - Top - Bottom)).Append("\" fill=\"#fafbfc\" stroke=\"#e3e6ec\"/>\n");
        for (var year = minYear; year <= maxYear; year++)
            svg.Append("<text x=\"").Append(N(X(year))).Append("\" y=\"").Append(N(Height - 10)).Append("\" text-anchor=\"middle\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text>\n");
        var step = AxisTicks.Step(low, high);
        foreach (var tick in AxisTicks.Between(low, high))
            svg.Append("<text class=\"tick\" x=\"").Append(N(Left - 6)).Append("\" y=\"").Append(N(Y(tick) + 4)).Append("\" text-anchor=\"end\">").Append(AxisTicks.Label(tick, step)).Append("</text>\n");

        if (fan.Count > 0)
        {
            // The fan sets out from the last point at or before its first year, so the bands join the history.
            var start = points.Where(p => p.Year < fan[0].Year).OrderBy(p => p.Year).LastOrDefault();
            var bands = start is null ? fan.ToList() : fan.Prepend(new YearBand(start.Year, start.Value, start.Value, start.Value, start.Value, start.Value)).ToList();
            svg.Append(Band(bands, b => b.P5, b => b.P95, X, Y, "#c5d5ea"));
            svg.Append(Band(bands, b => b.P25, b => b.P75, X, Y, "#8fb0d9"));
            svg.Append("<polyline fill=\"none\" stroke=\"#1f4e8c\" stroke-width=\"2\" points=\"")
                .AppendJoin(' ', bands.Select(b => $"{N(X(b.Year))},{N(Y(b.P50))}")).Append("\"/>\n");
        }

        var goalY = Y(goal.Value);
        svg.Append("<line x1=\"").Append(N(Left)).Append("\" x2=\"").Append(N(Width - Right)).Append("\" y1=\"").Append(N(goalY)).Append("\" y2=\"").Append(N(goalY))
            .Append("\" stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n")
            .Append("<circle cx=\"").Append(N(X(goal.Year))).Append("\" cy=\"").Append(N(goalY)).Append("\" r=\"4\" fill=\"#c62828\"/>\n")
            .Append("<text x=\"").Append(N(Left + 4)).Append("\" y=\"").Append(N(goalY - 5)).Append("\" style=\"fill:#c62828\">")
            .Append(WebUtility.HtmlEncode($"目标 goal {goal.Comparator} {Label(goal.Value)} ({goal.Year})")).Append("</text>\n");
        foreach (var p in points)
        {
            var observed = p.Basis == "observed";
            svg.Append("<circle cx=\"").Append(N(X(p.Year))).Append("\" cy=\"").Append(N(Y(p.Value))).Append("\" r=\"4\" fill=\"").Append(observed ? "#1d2330" : "#fff")
                .Append("\" stroke=\"#1d2330\" stroke-width=\"1.5\"><title>").Append(WebUtility.HtmlEncode($"{p.Year}: {Label(p.Value)} ({p.Basis}) — {p.Source}")).Append("</title></circle>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Band(IReadOnlyList<YearBand> bands, Func<YearBand, double> lower, Func<YearBand, double> upper, Func<double, double> x, Func<double, double> y, string colour)
    {
        var outline = bands.Select(b => $"{N(x(b.Year))},{N(y(upper(b)))}").Concat(bands.Reverse().Select(b => $"{N(x(b.Year))},{N(y(lower(b)))}"));
        return $"<polygon fill=\"{colour}\" stroke=\"none\" points=\"{string.Join(' ', outline)}\"/>\n";
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Label(double value) =>
        Math.Abs(value) >= 10_000 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
