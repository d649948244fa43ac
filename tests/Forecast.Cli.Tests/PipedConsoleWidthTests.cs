namespace Forecast.Cli.Tests;

public sealed class PipedConsoleWidthTests
{
    [Fact]
    public void Piped_output_is_laid_out_wide_when_no_width_is_set() => Assert.Equal(PipedConsoleWidth.Default, PipedConsoleWidth.From(null));

    [Fact]
    public void Piped_output_takes_the_width_the_user_set_in_COLUMNS() => Assert.Equal(132, PipedConsoleWidth.From("132"));

    [Theory]
    [InlineData("")]
    [InlineData("wide")]
    [InlineData("-5")]
    [InlineData("12")]
    public void A_COLUMNS_that_is_not_a_usable_width_is_ignored(string columns) => Assert.Equal(PipedConsoleWidth.Default, PipedConsoleWidth.From(columns));
}
