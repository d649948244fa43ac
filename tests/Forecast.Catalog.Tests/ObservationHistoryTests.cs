namespace Forecast.Catalog.Tests;

/// <summary>
/// One pair, year and period holds one figure: a second one is refused unless it names the first in supersedes and is
/// at least as final, and the superseded figure is kept as history. Rows are written for these tests only.
/// </summary>
public sealed class ObservationHistoryTests : IDisposable
{
    private const string File = "data/observations/test.csv";
    private const string Header = CatalogBuilder.ObservationHeader + ",supersedes";
    private const string Estimate = "city,new-urban-jobs,2023,18000,人,year,estimated,https://example.org/work-report,测试市人民政府,2024-01-10,预计全年城镇新增就业1.8万人,catalog-tests,,";
    private const string Final = "city,new-urban-jobs,2023,19000,人,year,final,https://example.org/bulletin-2023,测试统计局,2024-03-01,全年城镇新增就业1.9万人,catalog-tests,,";
    private const string FinalSupersedingEstimate = "city,new-urban-jobs,2023,19000,人,year,final,https://example.org/bulletin-2023,测试统计局,2024-03-01,全年城镇新增就业1.9万人,catalog-tests,,https://example.org/work-report";
    private readonly CatalogBuilder _builder = new();

    public void Dispose() => _builder.Dispose();

    [Fact]
    public void A_second_figure_for_the_same_pair_year_and_period_is_rejected_naming_the_first()
    {
        _builder.ObservationFile("test.csv", Header, Estimate, Final);

        var error = AssertRejected(3, "supersedes");

        Assert.Contains($"18000 人 (estimated, https://example.org/work-report) is recorded at {File}:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_final_figure_supersedes_the_estimate_it_names_and_both_are_kept()
    {
        _builder.ObservationFile("test.csv", Header, Estimate, FinalSupersedingEstimate);

        var catalog = CatalogLoader.Load(_builder.Directory);

        var rows = catalog.ObservationsOf(new PairId("city", "new-urban-jobs"));
        Assert.Equal([18000.0, 19000.0], rows.Select(r => r.Value));
        var superseded = Assert.Single(ObservationHistory.SupersededBy(rows));
        Assert.Equal((ObservationStatus.Estimated, ObservationStatus.Final), (superseded.Key.Status, superseded.Value.Status));
    }

    [Fact]
    public void An_estimate_cannot_supersede_a_final_figure()
    {
        var estimateSupersedingFinal = Estimate + "https://example.org/bulletin-2023";
        _builder.ObservationFile("test.csv", Header, Final, estimateSupersedingFinal);

        var error = AssertRejected(3, "status");

        Assert.Contains("an estimated figure cannot supersede a final one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Superseding_a_figure_that_was_never_recorded_is_rejected()
    {
        _builder.ObservationFile("test.csv", Header, FinalSupersedingEstimate);

        AssertRejected(2, "supersedes");
    }

    [Fact]
    public void A_figure_already_superseded_cannot_be_superseded_again()
    {
        var secondFinal = FinalSupersedingEstimate.Replace("bulletin-2023", "execution-report", StringComparison.Ordinal);
        _builder.ObservationFile("test.csv", Header, Estimate, FinalSupersedingEstimate, secondFinal);

        var error = AssertRejected(4, "supersedes");

        Assert.Contains($"already superseded by {File}:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_flow_and_a_total_since_an_earlier_year_are_two_figures_not_a_conflict()
    {
        var total = Final.Replace(",year,", ",since-2021,", StringComparison.Ordinal).Replace("19000", "51000", StringComparison.Ordinal).Replace("1.9万人", "5.1万人", StringComparison.Ordinal);
        _builder.ObservationFile("test.csv", Header, Final, total);

        var catalog = CatalogLoader.Load(_builder.Directory);

        Assert.Equal([ObservationPeriod.Year, ObservationPeriod.Since(2021)], catalog.Observations.Select(o => o.Period));
    }

    [Fact]
    public void A_row_repeating_a_recorded_figure_in_every_column_is_skipped_not_recorded_twice()
    {
        _builder.ObservationFile("test.csv", Header, Estimate);
        var catalog = CatalogLoader.Load(_builder.Directory);
        var import = ObservationRows.Read(System.Text.Encoding.UTF8.GetBytes(Header + "\n" + Estimate + "\n" + FinalSupersedingEstimate + "\n"), "import.csv", catalog, new List<CatalogError>());

        var check = ObservationHistory.Check(catalog.Observations, import);

        Assert.Empty(check.Errors);
        Assert.Equal(2, Assert.Single(check.Skipped).Row.Location.Line);
        Assert.Equal(3, Assert.Single(check.Accepted).Location.Line);
    }

    private CatalogError AssertRejected(int line, string field)
    {
        var catalog = CatalogLoader.TryLoad(_builder.Directory, out var errors);

        Assert.Null(catalog);
        var error = Assert.Single(errors);
        Assert.Equal((File, line, field), (error.File, error.Line, error.Field));
        return error;
    }
}
