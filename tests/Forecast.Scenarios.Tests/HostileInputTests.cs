using System.Text;

namespace Forecast.Scenarios.Tests;

/// <summary>Files written to break the reader rather than to run: each is refused with a located error, never a crash.</summary>
public sealed class HostileInputTests
{
    private static string Nested(int depth, char open = '[', char close = ']') =>
        Shipped.Minimal + "title: " + new string(open, depth) + new string(close, depth) + "\n";

    [Fact]
    public void Brackets_nested_deeper_than_the_bound_are_refused_at_the_first_bracket_too_deep()
    {
        var error = Shipped.Rejects(Nested(ScenarioFileLimits.MaxNesting + 5));

        // The mapping of the file is level 1, so the bracket that makes level MaxNesting + 1 is the MaxNesting-th.
        Assert.Equal((4, 8 + ScenarioFileLimits.MaxNesting - 1, "yaml"), (error.Line, error.Column, error.Field));
        Assert.Contains($"nested more than {ScenarioFileLimits.MaxNesting} levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_bound_is_read_as_yaml_and_judged_as_a_field()
    {
        var error = Shipped.Rejects(Nested(ScenarioFileLimits.MaxNesting - 1));

        Assert.Equal("title", error.Field);
    }

    [Fact]
    public void A_file_of_a_megabyte_of_nested_brackets_is_refused_without_exhausting_the_stack()
    {
        var prefix = Shipped.Minimal + "title: ";
        var depth = (ScenarioFileLimits.MaxFileBytes - 100 - prefix.Length) / 2;
        var bytes = Encoding.UTF8.GetBytes(Nested(depth));
        Assert.True(bytes.Length is > 1_000_000 and <= ScenarioFileLimits.MaxFileBytes);

        var e = Assert.Throws<ScenarioFileException>(() => ScenarioReader.Parse(bytes, "test.yaml", Shipped.Vocabulary));

        Assert.Contains("nested more than", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_nested_too_deep_are_refused_like_brackets()
    {
        var error = Shipped.Rejects(Shipped.Minimal + "title: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000) + "\n");

        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indented_lists_nested_too_deep_are_refused_like_brackets()
    {
        var error = Shipped.Rejects(Shipped.Minimal + "scope:\n" + string.Concat(Enumerable.Repeat("- ", 200_000)) + "dandong\n");

        Assert.Equal(("yaml", 5), (error.Field, error.Line));
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parser_failure_that_is_not_a_yaml_error_is_refused_with_its_place()
    {
        // YamlDotNet's scanner throws InvalidOperationException, not YamlException, on an unclosed brace before a key.
        var error = Shipped.Rejects(Shipped.Minimal + "scope: {\nthresholds:\n  atRiskBelow: 0.8\n");

        Assert.Equal(("yaml", 4, 8), (error.Field, error.Line, error.Column));
        Assert.Contains("syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_key_is_not_part_of_it()
    {
        var file = ScenarioReader.Parse([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("id: bom\nseed: 1\nasOfYear: 2023\n")], "test.yaml", Shipped.Vocabulary);

        Assert.Equal("bom", file.Scenario.Id);
    }

    [Fact]
    public void A_file_that_is_only_a_byte_order_mark_is_empty()
    {
        var e = Assert.Throws<ScenarioFileException>(() => ScenarioReader.Parse([.. Encoding.UTF8.Preamble], "test.yaml", Shipped.Vocabulary));

        Assert.Contains("is empty", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_more_entries_than_the_reading_bound_is_refused_at_the_first_entry_over_it()
    {
        var error = Shipped.Rejects(Shipped.Minimal + "scope: [" + string.Join(", ", Enumerable.Repeat("dandong", ScenarioFileLimits.MaxEntries + 1)) + "]\n");

        Assert.Equal(("yaml", 4), (error.Field, error.Line));
        Assert.Equal(9 + ScenarioFileLimits.MaxEntries * "dandong, ".Length, error.Column);
        Assert.Contains($"more than {ScenarioFileLimits.MaxEntries:#,0} entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_more_values_than_the_bound_is_refused_where_it_passes_it()
    {
        var list = "[" + string.Join(",", Enumerable.Repeat("1", ScenarioFileLimits.MaxEntries - 1)) + "]";
        var lists = ScenarioFileLimits.MaxNodes / ScenarioFileLimits.MaxEntries + 1;
        var error = Shipped.Rejects(Shipped.Minimal + "title:\n" + string.Concat(Enumerable.Repeat($"- {list}\n", lists)));

        Assert.Equal("yaml", error.Field);
        Assert.Contains($"more than {ScenarioFileLimits.MaxNodes:#,0} values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_listed_errors_the_rest_are_counted_at_the_first_of_them()
    {
        var keys = string.Concat(Enumerable.Range(0, ScenarioFileLimits.MaxErrors + 50).Select(i => $"k{i}: 1\n"));

        var e = Assert.Throws<ScenarioFileException>(() => Shipped.Parse(Shipped.Minimal + keys));

        Assert.Equal(ScenarioFileLimits.MaxErrors + 1, e.Errors.Count);
        Assert.Equal((4 + ScenarioFileLimits.MaxErrors, "file"), (e.Errors[^1].Line, e.Errors[^1].Field));
        Assert.StartsWith("50 more error(s)", e.Errors[^1].Message, StringComparison.Ordinal);
    }
}
