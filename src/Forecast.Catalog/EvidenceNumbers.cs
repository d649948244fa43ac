using System.Globalization;
using System.Text.RegularExpressions;

namespace Forecast.Catalog;

/// <summary>
/// The numbers an evidence phrase states, as a reader would take them: "5.1万人" states 5.1 and 51,000;
/// "两所" states 2; "8000萬元" states 8,000 and 80,000,000. A catalog value must be one of them.
/// </summary>
public static partial class EvidenceNumbers
{
    public static IReadOnlyList<double> Extract(string evidence)
    {
        var found = new List<double>();
        foreach (Match match in ArabicNumber().Matches(evidence))
        {
            var number = double.Parse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            found.Add(number);
            if (match.Groups["m"].Success)
                found.Add(number * Multiplier(match.Groups["m"].Value[0]));
        }

        foreach (Match match in ChineseNumber().Matches(evidence))
        {
            if (TryParseChinese(match.Value, out var number))
                found.Add(number);
        }

        return found;
    }

    public static bool States(string evidence, double value) =>
        Extract(evidence).Any(n => Math.Abs(n - value) <= 1e-9 * Math.Max(1.0, Math.Abs(value)));

    /// <summary>Reads a Chinese numeral such as 十二, 两千五百, 三万.</summary>
    public static bool TryParseChinese(string text, out double value)
    {
        long total = 0, section = 0, digit = 0;
        var any = false;
        foreach (var c in text)
        {
            var d = "零一二三四五六七八九".IndexOf(c);
            if (c == '两')
                d = 2;
            if (d >= 0)
            {
                digit = d;
                any = true;
                continue;
            }

            switch (c)
            {
                case '十': section += (digit == 0 ? 1 : digit) * 10; any = true; break;
                case '百': section += digit * 100; break;
                case '千': section += digit * 1000; break;
                case '万' or '萬': total += (section + digit) * 10_000; section = 0; break;
                case '亿' or '億': total += (section + digit) * 100_000_000; section = 0; break;
                default: value = 0; return false;
            }

            digit = 0;
        }

        value = total + section + digit;
        return any;
    }

    private static double Multiplier(char unit) => unit switch
    {
        '万' or '萬' => 1e4,
        '亿' or '億' => 1e8,
        '千' => 1e3,
        _ => 1,
    };

    [GeneratedRegex(@"(?<n>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<m>[万萬亿億千])?")]
    private static partial Regex ArabicNumber();

    [GeneratedRegex("[零一二两三四五六七八九十百千万萬亿億]+")]
    private static partial Regex ChineseNumber();
}
