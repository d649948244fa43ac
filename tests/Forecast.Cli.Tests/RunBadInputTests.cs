using System.Text;
using Forecast.Catalog.Tests;

namespace Forecast.Cli.Tests;

/// <summary>
/// One test per class of bad input to <c>forecast run</c>: each names file:line:column and the field in one message,
/// exits 2, prints no stack trace, and writes nothing.
/// </summary>
public sealed class RunBadInputTests : IDisposable
{
    private const string Valid = "id: t\nseed: 1\nasOfYear: 2023\n";
    private readonly TempScenario _temp = new();

    public void Dispose() => _temp.Dispose();

    private void AssertRejected(string file, (int ExitCode, string Output) run, int line, int column, string field, string message)
    {
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"error: {file}:{line}:{column}: {field}: ", run.Output, StringComparison.Ordinal);
        Assert.Contains(message, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out), "a rejected scenario must write no report");
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line_and_column()
    {
        var file = _temp.Write("id: t\nseed: 1\nasOfYear: 2023\nscope: [dandong\n");

        AssertRejected(file, _temp.Run(file), 5, 1, "yaml", "syntax error");
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        var file = _temp.Write("# only a comment\n");

        AssertRejected(file, _temp.Run(file), 1, 1, "file", "is empty");
    }

    [Fact]
    public void A_binary_file_is_rejected_at_its_first_nul_byte()
    {
        var file = _temp.Write([.. Encoding.UTF8.GetBytes("id: t\nse"), 0, 1, 2, 0xFF]);

        AssertRejected(file, _temp.Run(file), 2, 3, "file", "is binary");
    }

    [Fact]
    public void An_unknown_key_is_named_with_a_suggestion()
    {
        var file = _temp.Write(Valid + "path: 100\n");

        AssertRejected(file, _temp.Run(file), 4, 1, "path", "unknown key 'path'; did you mean 'paths'?");
    }

    [Fact]
    public void An_unknown_indicator_is_named_with_a_suggestion()
    {
        var file = _temp.Write(Valid + "factors:\n  - name: economy\n    loadings:\n      new-urban-jbs: 1.0\n");

        AssertRejected(file, _temp.Run(file), 7, 7, "factors[0].loadings.new-urban-jbs", "did you mean 'new-urban-jobs'?");
    }

    [Fact]
    public void An_unknown_jurisdiction_is_named_with_a_suggestion()
    {
        var file = _temp.Write(Valid + "scope: [dandong, shenyan]\n");

        AssertRejected(file, _temp.Run(file), 4, 18, "scope[1]", "unknown jurisdiction 'shenyan'; did you mean 'shenyang'?");
    }

    [Fact]
    public void NaN_is_not_a_number_a_scenario_can_use()
    {
        var file = _temp.Write(Valid + "thresholds:\n  atRiskBelow: .nan\n");

        AssertRejected(file, _temp.Run(file), 5, 16, "thresholds.atRiskBelow", "not a finite number");
    }

    [Fact]
    public void A_negative_path_count_is_rejected()
    {
        var file = _temp.Write(Valid + "paths: -100\n");

        AssertRejected(file, _temp.Run(file), 4, 8, "paths", "-100 is out of range");
    }

    [Fact]
    public void A_path_count_over_the_cap_is_rejected()
    {
        var file = _temp.Write(Valid + "paths: 5000000\n");

        AssertRejected(file, _temp.Run(file), 4, 8, "paths", "from 1 to 1,000,000");
    }

    [Fact]
    public void A_negative_spread_is_rejected()
    {
        var file = _temp.Write(Valid + "overrides:\n  - pair: dandong/new-urban-jobs\n    growthSpread: -0.1\n");

        AssertRejected(file, _temp.Run(file), 6, 19, "overrides[0].growthSpread", "-0.1 is negative");
    }

    [Fact]
    public void A_year_out_of_range_is_rejected()
    {
        var file = _temp.Write("id: t\nseed: 1\nasOfYear: 20233\n");

        AssertRejected(file, _temp.Run(file), 3, 11, "asOfYear", "20,233 is out of range: a year from 2,000 to 2,100");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var file = Path.Combine(_temp.Folder, "no-such.yaml");

        AssertRejected(file, _temp.Run(file), 1, 1, "file", "not found");
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_rejected_before_it_is_read()
    {
        var file = _temp.Write(Valid + "# " + new string('x', 1 << 20) + "\n");

        AssertRejected(file, _temp.Run(file), 1, 1, "file", "over the 1,048,576-byte (1 MiB) limit");
    }

    [Fact]
    public void A_path_count_option_over_the_cap_is_rejected()
    {
        var file = _temp.Write(Valid);

        var (exitCode, output) = _temp.Run(file, "--paths", "2000000");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--paths: 2,000,000 is out of range", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_option_is_rejected()
    {
        var file = _temp.Write(Valid);

        var (exitCode, output) = _temp.Run(file, "--format", "html,pdf");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--format: unknown format 'pdf'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_of_nested_brackets_is_refused_at_the_first_bracket_too_deep()
    {
        var depth = (1_000_040 - Valid.Length - "title: \n".Length) / 2;
        var file = _temp.Write(Valid + "title: " + new string('[', depth) + new string(']', depth) + "\n");

        AssertRejected(file, _temp.Run(file), 4, 8 + Forecast.Scenarios.ScenarioFileLimits.MaxNesting - 1, "yaml", "nested more than");
    }

    [Fact]
    public void A_parser_failure_that_is_not_a_yaml_error_is_refused_with_its_place()
    {
        var file = _temp.Write(Valid + "scope: {\nthresholds:\n  atRiskBelow: 0.8\n");

        AssertRejected(file, _temp.Run(file), 4, 8, "yaml", "syntax error");
    }

    [Fact]
    public void A_byte_order_mark_is_not_read_as_part_of_the_first_key()
    {
        var file = _temp.Write([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("id: t\nseed: 1\nasOfYear: 1900\n")]);

        var run = _temp.Run(file);

        AssertRejected(file, run, 3, 11, "asOfYear", "out of range");
        Assert.Contains("1 error(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_priors_file_of_nested_brackets_is_refused_with_its_place_before_it_is_read()
    {
        var file = _temp.Write(Valid);
        var priors = _temp.Write(File.ReadAllText(TempScenario.Priors) + "note: " + new string('[', 100_000) + new string(']', 100_000) + "\n", "priors.yaml");

        var run = ConsoleRun.Forecast("run", file, "--data", ShippedCatalog.Directory, "--priors", priors, "--out", _temp.Out);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"error: {priors}:", run.Output, StringComparison.Ordinal);
        Assert.Contains("yaml: nested more than", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_priors_file_the_yaml_scanner_fails_on_is_refused_with_its_place()
    {
        var file = _temp.Write(Valid);
        var priors = _temp.Write("spread: {\nfactors:\n  economy: 1\n", "priors.yaml");

        var run = ConsoleRun.Forecast("run", file, "--data", ShippedCatalog.Directory, "--priors", priors, "--out", _temp.Out);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"error: {priors}:1:9: yaml: syntax error", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
    }
}
