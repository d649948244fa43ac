using System.Text.RegularExpressions;

namespace Forecast.Reports.Tests;

/// <summary>A fan chart's value axis reads in round numbers: steps of 1, 2, 2.5 or 5 × 10^k.</summary>
public sealed partial class AxisTicksTests
{
    [GeneratedRegex("<text class=\"tick\"[^>]*>([^<]+)</text>")]
    private static partial Regex TickLabel();

    private static bool IsNiceStep(double step)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step)));
        var mantissa = step / magnitude;
        return new[] { 1, 2, 2.5, 5, 10 }.Any(m => Math.Abs(mantissa - m) < 1e-9);
    }

    [Theory]
    [InlineData(1_397_418, 1_612_907)]
    [InlineData(0.61, 0.97)]
    [InlineData(-3.2, 14.7)]
    [InlineData(89.5, 90.5)]
    [InlineData(5_987, 6_000)]
    public void Ticks_are_multiples_of_a_step_of_1_2_2_5_or_5_times_a_power_of_ten_inside_the_range(double low, double high)
    {
        var step = AxisTicks.Step(low, high);
        var ticks = AxisTicks.Between(low, high);

        Assert.True(IsNiceStep(step), $"step {step}");
        Assert.InRange(ticks.Count, 3, 6);
        Assert.All(ticks, t => Assert.InRange(t, low, high));
        Assert.All(ticks, t => Assert.Equal(Math.Round(t / step), t / step, 9));
    }

    [Fact]
    public void A_range_a_quarter_of_ten_wide_steps_by_2_5()
    {
        Assert.Equal(2.5, AxisTicks.Step(0, 10));
        Assert.Equal([0, 2.5, 5, 7.5, 10], AxisTicks.Between(0, 10));
    }

    [Fact]
    public void Tick_labels_carry_only_the_decimals_their_step_needs()
    {
        Assert.Equal("1,400,000", AxisTicks.Label(1_400_000, 50_000));
        Assert.Equal("0.75", AxisTicks.Label(0.75, 0.25));
        Assert.Equal("0.3", AxisTicks.Label(0.30000000000000004, 0.1));
    }

    [Fact]
    public void The_report_fan_chart_labels_its_value_axis_with_round_ticks()
    {
        foreach (var pair in SampleRun.Result().Pairs)
        {
            var labels = TickLabel().Matches(FanChart.Svg(pair)).Select(m => double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();

            Assert.True(labels.Count >= 3, $"{pair.Definition.Pair}: {labels.Count} ticks");
            var step = labels[1] - labels[0];
            Assert.True(IsNiceStep(step), $"{pair.Definition.Pair}: step {step}");
            Assert.All(labels, l => Assert.Equal(Math.Round(l / step), l / step, 6));
        }
    }
}
