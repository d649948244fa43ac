namespace Forecast.Catalog.Tests;

/// <summary>
/// Each class of bad published figure in <c>observations/</c> is reported as file:line: field: message, and a catalog
/// holding it loads nothing. The rows are written for these tests only (example.org is no real source).
/// </summary>
public sealed class ObservationValidationTests : IDisposable
{
    private const string File = "data/observations/test.csv";
    private readonly CatalogBuilder _builder = new();

    public void Dispose() => _builder.Dispose();

    [Fact]
    public void Valid_rows_load_with_their_period_status_and_publication_date()
    {
        _builder.Observations(CatalogBuilder.ValidObservations);

        var catalog = CatalogLoader.Load(_builder.Directory);

        var jobs = Assert.Single(catalog.ObservationsOf(new PairId("city", "new-urban-jobs")));
        Assert.Equal((2023, 19000.0, ObservationPeriod.Year, ObservationStatus.Final), (jobs.Year, jobs.Value, jobs.Period, jobs.Status));
        Assert.Equal(new PublicationDate(2024, 3, 1), jobs.Published);
        Assert.Equal(new RowLocation(File, 2), jobs.Location);
        var coverage = Assert.Single(catalog.ObservationsOf(new PairId("city", "kindergarten-coverage")));
        Assert.Equal((ObservationPeriod.Stock, ObservationStatus.Estimated, new PublicationDate(2024, 1)), (coverage.Period, coverage.Status, coverage.Published));
        Assert.Equal("test scope note", coverage.Note);
    }

    [Fact]
    public void A_catalog_without_an_observations_folder_has_no_observations()
    {
        var catalog = CatalogLoader.Load(_builder.Directory);

        Assert.Empty(catalog.Observations);
    }

    [Fact]
    public void The_content_hash_changes_when_a_figure_is_recorded()
    {
        var before = CatalogLoader.Load(_builder.Directory).ContentHash;
        _builder.Observations(CatalogBuilder.ValidObservations[0]);
        var one = CatalogLoader.Load(_builder.Directory).ContentHash;
        _builder.Observations(CatalogBuilder.ValidObservations);
        var two = CatalogLoader.Load(_builder.Directory).ContentHash;

        Assert.Equal(3, new[] { before, one, two }.Distinct().Count());
    }

    [Fact]
    public void A_file_with_one_bad_row_loads_nothing()
    {
        _builder.Observations([.. CatalogBuilder.ValidObservations, CatalogBuilder.ValidObservations[0].Replace("city,", "atlantis,", StringComparison.Ordinal)]);

        var catalog = CatalogLoader.TryLoad(_builder.Directory, out var errors);

        Assert.Null(catalog);
        var error = Assert.Single(errors);
        Assert.Equal((File, 4, "jurisdiction"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void An_unknown_jurisdiction_is_named()
    {
        _builder.ObservationWith(0, "jurisdiction", "atlantis");

        AssertRejected(2, "jurisdiction", "unknown jurisdiction 'atlantis'");
    }

    [Fact]
    public void An_unknown_indicator_is_named()
    {
        _builder.ObservationWith(1, "indicator", "happiness-index");

        AssertRejected(3, "indicator", "unknown indicator 'happiness-index'");
    }

    [Fact]
    public void A_pair_the_catalog_sets_no_figure_for_is_rejected()
    {
        _builder.ObservationWith(0, "jurisdiction", "province");

        AssertRejected(2, "indicator", "province has no figure for new-urban-jobs");
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("23")]
    public void A_year_that_is_no_year_of_the_plans_is_rejected(string year)
    {
        _builder.ObservationWith(0, "year", year);

        AssertRejected(2, "year", "is not a year between 2000 and 2100");
    }

    [Fact]
    public void A_year_long_after_the_pairs_last_figure_is_rejected()
    {
        _builder.ObservationWith(0, "year", "2031");

        AssertRejected(2, "year", "outside the plan: city/new-urban-jobs takes figures for 2000–2030");
    }

    [Theory]
    [InlineData("1.9万")]
    [InlineData("NaN")]
    [InlineData("")]
    public void A_value_that_is_not_a_plain_finite_number_is_rejected(string value)
    {
        _builder.ObservationWith(0, "value", value);

        AssertRejected(2, "value", "is not a finite number");
    }

    [Fact]
    public void A_negative_count_is_rejected()
    {
        _builder.ObservationWith(0, "value", "-19000");

        AssertRejected(2, "value", "negative");
    }

    [Fact]
    public void A_share_over_its_bound_is_rejected()
    {
        _builder.ObservationWith(1, "value", "188.5");

        AssertRejected(3, "value", "exceeds the bound 100");
    }

    [Fact]
    public void A_value_its_evidence_does_not_state_is_rejected()
    {
        _builder.ObservationWith(0, "value", "1900");

        AssertRejected(2, "value", "1900 is not stated in the evidence \"全年城镇新增就业1.9万人\"");
    }

    [Theory]
    [InlineData("全年城镇新增就业一万九千人")]
    [InlineData("全年城镇新增就业１．９万人")]
    [InlineData("全年城鎮新增就業1.9萬人")]
    public void Evidence_in_wan_chinese_numerals_or_full_width_digits_states_the_value(string evidence)
    {
        _builder.ObservationWith(0, "evidence", evidence);

        Assert.NotNull(CatalogLoader.TryLoad(_builder.Directory, out var errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void A_unit_other_than_the_indicators_is_rejected()
    {
        _builder.ObservationWith(0, "unit", "万人");

        AssertRejected(2, "unit", "differs from new-urban-jobs's unit '人'");
    }

    [Theory]
    [InlineData("annual", "is not one of year, stock, since-YYYY")]
    [InlineData("since-23", "is not one of year, stock, since-YYYY")]
    [InlineData("since-2024", "must start in a year from 2000 to the figure's year 2023")]
    public void A_period_that_cannot_be_read_is_rejected(string period, string message)
    {
        _builder.ObservationWith(0, "period", period);

        AssertRejected(2, "period", message);
    }

    [Fact]
    public void A_level_summed_since_a_year_is_rejected()
    {
        _builder.ObservationWith(1, "period", "since-2021");

        AssertRejected(3, "period", "is a level");
    }

    [Theory]
    [InlineData("Final")]
    [InlineData("provisional")]
    public void A_status_other_than_final_estimated_or_preliminary_is_rejected(string status)
    {
        _builder.ObservationWith(0, "status", status);

        AssertRejected(2, "status", "is not one of final, estimated, preliminary");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/bulletin")]
    [InlineData("example.org/bulletin")]
    [InlineData("https://example.org/a page")]
    public void A_source_that_is_not_an_http_address_is_rejected(string url)
    {
        _builder.ObservationWith(0, "source_url", url);

        AssertRejected(2, "source_url", "is not an http(s) address");
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2024-02-30")]
    [InlineData("2024/03/01")]
    [InlineData("")]
    public void A_publication_date_that_does_not_parse_is_rejected(string published)
    {
        _builder.ObservationWith(0, "published", published);

        AssertRejected(2, "published", "is not a date");
    }

    [Fact]
    public void A_figure_published_before_its_year_is_rejected()
    {
        _builder.ObservationWith(0, "published", "2022-12");

        AssertRejected(2, "published", "2022-12 is before 2023");
    }

    [Theory]
    [InlineData("publisher")]
    [InlineData("evidence")]
    [InlineData("recorded_by")]
    public void A_required_text_left_empty_is_rejected(string field)
    {
        _builder.ObservationWith(0, field, " ");

        AssertRejected(2, field, "is empty");
    }

    [Fact]
    public void A_field_spanning_lines_is_rejected()
    {
        _builder.ObservationWith(1, "note", "\"first line\nsecond line\"");

        CatalogLoader.TryLoad(_builder.Directory, out var errors);

        var error = Assert.Single(errors);
        Assert.Equal($"{File}:3: note: spans several lines; keep it on one", error.ToString());
    }

    [Fact]
    public void A_header_other_than_the_agreed_one_names_line_1()
    {
        var reordered = CatalogBuilder.ObservationHeader.Replace("publisher,published", "published,publisher", StringComparison.Ordinal);
        _builder.ObservationFile("test.csv", reordered, CatalogBuilder.ValidObservations);

        AssertRejected(1, "header", "must be exactly jurisdiction,indicator,year");
    }

    [Fact]
    public void A_row_with_a_missing_field_is_rejected()
    {
        _builder.Observations(CatalogBuilder.ValidObservations[0], "city,new-urban-jobs,2024");

        AssertRejected(3, "row", "has 3 fields, the header has 13");
    }

    [Fact]
    public void A_supersedes_that_is_not_an_address_is_rejected()
    {
        _builder.ObservationFile("test.csv", CatalogBuilder.ObservationHeader + ",supersedes", CatalogBuilder.ValidObservations[0] + ",line 2");

        AssertRejected(2, "supersedes", "is not an http(s) address");
    }

    private void AssertRejected(int line, string field, string messagePart)
    {
        var catalog = CatalogLoader.TryLoad(_builder.Directory, out var errors);

        Assert.Null(catalog);
        var error = Assert.Single(errors, e => e.Field == field);
        Assert.Equal((File, line), (error.File, error.Line));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}:{line}: {field}: ", error.ToString(), StringComparison.Ordinal);
    }
}
