using System.Globalization;
using System.Text.RegularExpressions;

namespace Forecast.Catalog;

/// <summary>
/// The numbers an evidence phrase states, as a reader would take them: "5.1万人" states 5.1 and 51,000;
/// "两所" states 2; "8000萬元" states 8,000 and 80,000,000; "１３．０萬人" (full-width, as some pages print it) states
/// 13 and 130,000; "五点五万" states 55,000. A catalog value must be one of them.
/// </summary>
public static partial class EvidenceNumbers
{
    public static IReadOnlyList<double> Extract(string evidence)
    {
        evidence = HalfWidthDigits(evidence);
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

    /// <summary>Reads a Chinese numeral such as 十二, 两千五百, 三万, 五点五 (5.5), 一点二万 (12,000).</summary>
    public static bool TryParseChinese(string text, out double value)
    {
        var point = text.IndexOf('点');
        if (point >= 0)
            return TryParseDecimal(text[..point], text[(point + 1)..], out value);
        return TryParseWhole(text, out value);
    }

    /// <summary>"一点二万": the whole part, then one digit per decimal place, then at most a 万 or 亿 for the whole.</summary>
    private static bool TryParseDecimal(string whole, string rest, out double value)
    {
        value = 0;
        var multiplier = 1.0;
        if (rest.Length > 0 && rest[^1] is '万' or '萬' or '亿' or '億')
        {
            multiplier = Multiplier(rest[^1]);
            rest = rest[..^1];
        }

        if (rest.Length == 0 || !TryParseWhole(whole, out var integer))
            return false;
        var fraction = 0.0;
        var scale = 0.1;
        foreach (var c in rest)
        {
            var d = Digit(c);
            if (d < 0)
                return false;
            fraction += d * scale;
            scale /= 10;
        }

        value = (integer + fraction) * multiplier;
        return true;
    }

    private static bool TryParseWhole(string text, out double value)
    {
        long total = 0, section = 0, digit = 0;
        var any = false;
        foreach (var c in text)
        {
            var d = Digit(c);
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

    private static int Digit(char c) => c switch
    {
        '两' or '兩' => 2,
        '〇' => 0,
        _ => "零一二三四五六七八九".IndexOf(c),
    };

    /// <summary>Full-width digits and point (１３．０) as ASCII; nothing else changes, so a full-width comma stays a separator between two numbers.</summary>
    private static string HalfWidthDigits(string text)
    {
        if (!text.Any(c => c is (>= '０' and <= '９') or '．'))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '０' and <= '９' => (char)('0' + (c - '０')),
                    '．' => '.',
                    _ => c,
                };
            }
        });
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

    [GeneratedRegex("[〇零一二两兩三四五六七八九十百千万萬亿億点]+")]
    private static partial Regex ChineseNumber();
}
