using System.Text;

namespace Forecast.Catalog.Tests;

/// <summary>Each class of bad input is reported with file, line and field, and nothing is loaded.</summary>
public sealed class CatalogValidationTests : IDisposable
{
    private const string FiguresFile = "data/commitments/test.csv";
    private readonly CatalogBuilder _builder = new();

    public void Dispose() => _builder.Dispose();

    [Fact]
    public void The_valid_fixture_loads()
    {
        var catalog = CatalogLoader.TryLoad(_builder.Directory, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(catalog);
        Assert.Equal(5, catalog.Figures.Count);
    }

    [Fact]
    public void A_missing_column_names_the_column_on_the_header_line()
    {
        _builder.Write("indicators.csv", "id,name_zh,name_en,domain,unit,kind,direction,additive\n");

        AssertRejected("data/indicators.csv", 1, "bound", "missing column");
    }

    [Fact]
    public void An_unknown_jurisdiction_is_named()
    {
        _builder.FigureWith(0, "jurisdiction", "atlantis");

        AssertRejected(FiguresFile, 2, "jurisdiction", "unknown jurisdiction 'atlantis'");
    }

    [Fact]
    public void An_unknown_indicator_is_named()
    {
        _builder.FigureWith(1, "indicator", "happiness-index");

        AssertRejected(FiguresFile, 3, "indicator", "unknown indicator 'happiness-index'");
    }

    [Fact]
    public void An_unparseable_number_is_rejected()
    {
        _builder.FigureWith(0, "value", "5.1万");

        AssertRejected(FiguresFile, 2, "value", "is not a number");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("∞")]
    public void A_non_finite_value_is_rejected(string value)
    {
        _builder.FigureWith(1, "value", value);

        AssertRejected(FiguresFile, 3, "value", "not a finite number");
    }

    [Fact]
    public void A_percentage_over_its_bound_is_rejected()
    {
        _builder.FigureWith(1, "value", "900");

        AssertRejected(FiguresFile, 3, "value", "exceeds the bound 100");
    }

    [Fact]
    public void A_negative_count_is_rejected()
    {
        _builder.FigureWith(4, "value", "-2");

        AssertRejected(FiguresFile, 6, "value", "negative");
    }

    [Fact]
    public void A_duplicate_key_names_the_first_line()
    {
        _builder.Figures([.. CatalogBuilder.ValidFigures, CatalogBuilder.ValidFigures[0]]);

        AssertRejected(FiguresFile, 7, "clause", "first on line 2");
    }

    [Fact]
    public void A_restated_figure_with_another_value_is_a_conflict()
    {
        var restated = CatalogBuilder.ValidFigures[0].Replace("51000", "5.1", StringComparison.Ordinal).Replace("一(二)1", "二(一)1", StringComparison.Ordinal);
        _builder.Figures([.. CatalogBuilder.ValidFigures, restated]);

        AssertRejected(FiguresFile, 7, "value", "but 51000");
    }

    [Fact]
    public void Evidence_not_verbatim_in_the_seed_is_rejected()
    {
        _builder.FigureWith(0, "evidence", "累计新增城镇就业5.2万人");

        AssertRejected(FiguresFile, 2, "evidence", "not found verbatim");
    }

    [Fact]
    public void A_value_its_evidence_does_not_state_is_rejected()
    {
        _builder.FigureWith(0, "value", "52000");

        AssertRejected(FiguresFile, 2, "value", "is not stated in the evidence");
    }

    [Fact]
    public void A_baseline_may_be_derived_rather_than_stated()
    {
        var catalog = CatalogLoader.TryLoad(_builder.Directory, out _);

        var baseline = Assert.Single(catalog!.Figures, f => f.Role == FigureRole.Baseline);
        Assert.Equal(119, baseline.Value);
        Assert.False(EvidenceNumbers.States(baseline.Source.Evidence, baseline.Value));
    }

    [Fact]
    public void A_file_that_is_not_utf8_names_the_line()
    {
        var gbk = Encoding.UTF8.GetBytes("id,parent,level,name_zh,name_en\ncountry,,country,中国,China\n")
            .Concat(new byte[] { (byte)'x', (byte)',', (byte)'c', (byte)',', 0xC4, 0xE3, (byte)'\n' })
            .ToArray();
        _builder.WriteBytes("jurisdictions.csv", gbk);

        AssertRejected("data/jurisdictions.csv", 3, "encoding", "not valid UTF-8");
    }

    [Fact]
    public void A_unit_other_than_the_indicators_is_rejected()
    {
        _builder.FigureWith(0, "unit", "万人");

        AssertRejected(FiguresFile, 2, "unit", "differs from new-urban-jobs's unit '人'");
    }

    [Fact]
    public void A_flow_target_without_its_period_start_is_rejected()
    {
        _builder.FigureWith(0, "from_year", "");

        AssertRejected(FiguresFile, 2, "from_year", "total over a period");
    }

    [Fact]
    public void A_level_figure_with_a_period_start_is_rejected()
    {
        _builder.FigureWith(1, "from_year", "2023");

        AssertRejected(FiguresFile, 3, "from_year", "read at 2025");
    }

    [Fact]
    public void A_cycle_in_the_tree_is_rejected()
    {
        _builder.Write("jurisdictions.csv", "id,parent,level,name_zh,name_en\ncountry,,country,中国,China\nprovince,city,province,辽宁省,Liaoning\ncity,province,city,丹东市,Dandong\n");

        AssertRejected("data/jurisdictions.csv", 3, "parent", "its own ancestor");
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        _builder.Figures(
            CatalogBuilder.ValidFigures[0].Replace("city,", "atlantis,", StringComparison.Ordinal),
            CatalogBuilder.ValidFigures[1].Replace(",90,", ",NaN,", StringComparison.Ordinal));

        CatalogLoader.TryLoad(_builder.Directory, out var errors);

        Assert.Contains(errors, e => e.Line == 2 && e.Field == "jurisdiction");
        Assert.Contains(errors, e => e.Line == 3 && e.Field == "value");
    }

    [Fact]
    public void Load_throws_with_every_error_in_the_message()
    {
        _builder.FigureWith(0, "indicator", "unknown-thing");

        var exception = Assert.Throws<CatalogException>(() => CatalogLoader.Load(_builder.Directory));

        Assert.Contains($"{FiguresFile}:2: indicator: unknown indicator 'unknown-thing'", exception.Message, StringComparison.Ordinal);
    }

    private void AssertRejected(string file, int line, string field, string messagePart)
    {
        var catalog = CatalogLoader.TryLoad(_builder.Directory, out var errors);

        Assert.Null(catalog);
        Assert.Contains(errors, e => e.File == file && e.Line == line && e.Field == field && e.Message.Contains(messagePart, StringComparison.Ordinal));
        var error = errors.First(e => e.File == file && e.Field == field);
        Assert.StartsWith($"{file}:{line}: {field}: ", error.ToString(), StringComparison.Ordinal);
    }
}
