using System.Text.RegularExpressions;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>A span of one year is written as that year: "recorded in 2023", "2023年实际完成", never "2023–2023".</summary>
public sealed partial class YearSpanWordingTests
{
    private const string Pair = "dalian/pocket-parks-built";

    [GeneratedRegex(@"(\d{4})–\1(?!\d)")]
    private static partial Regex DegenerateSpan();

    [Fact]
    public void A_total_recorded_for_its_first_year_only_names_that_year_alone_in_both_languages()
    {
        // 2023–2025 total of 300 parks; only 2023 is recorded, so the recorded pace is carried on.
        var pair = Shipped.Run(observations: Shipped.Observations(Pair, (2023, 116)), pairs: Pair).Pairs.Single();

        Assert.Contains("116 个 recorded in 2023 (", pair.Reason.En, StringComparison.Ordinal);
        Assert.Contains("2023年实际完成116个", pair.Reason.Zh, StringComparison.Ordinal);
        Assert.DoesNotMatch(DegenerateSpan(), pair.Reason.En);
        Assert.DoesNotMatch(DegenerateSpan(), pair.Reason.Zh);
    }

    [Fact]
    public void A_total_met_in_its_first_year_names_that_year_alone_in_both_languages()
    {
        var pair = Shipped.Run(observations: Shipped.Observations(Pair, (2023, 400)), pairs: Pair).Pairs.Single();

        Assert.StartsWith("met", pair.Reason.En, StringComparison.Ordinal);
        Assert.DoesNotMatch(DegenerateSpan(), pair.Reason.En);
        Assert.DoesNotMatch(DegenerateSpan(), pair.Reason.Zh);
    }
}
