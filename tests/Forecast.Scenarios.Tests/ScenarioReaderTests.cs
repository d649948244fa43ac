using Forecast.Contracts;

namespace Forecast.Scenarios.Tests;

public sealed class ScenarioReaderTests
{
    [Fact]
    public void A_minimal_file_takes_the_documented_defaults()
    {
        var file = Shipped.Parse(Shipped.Minimal);

        Assert.Equal(ScenarioReader.DefaultPaths, file.Scenario.Paths);
        Assert.Equal("t", file.Scenario.Title);
        Assert.Null(file.Scenario.Horizon);
        Assert.Empty(file.Scenario.Scope);
        Assert.Equal(new ScenarioThresholds(), file.Scenario.Thresholds);
        Assert.Equal(OutputFormats.Default, file.Formats);
    }

    [Fact]
    public void Comments_key_order_and_layout_do_not_change_the_content_hash()
    {
        var a = Shipped.Parse("id: t\nseed: 7\nasOfYear: 2023\nscope: [dandong]\n");
        var b = Shipped.Parse("# a planner's note\nasOfYear: 2023   # from the 2023 lists\nscope:\n  - dandong\nseed: 7\nid: t\n");

        Assert.Equal(a.ContentHash, b.ContentHash);
    }

    [Fact]
    public void A_changed_number_changes_the_content_hash()
    {
        var a = Shipped.Parse("id: t\nseed: 7\nasOfYear: 2023\n");
        var b = Shipped.Parse("id: t\nseed: 8\nasOfYear: 2023\n");

        Assert.NotEqual(a.ContentHash, b.ContentHash);
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_at_once()
    {
        var e = Assert.Throws<ScenarioFileException>(() => Shipped.Parse("id: t\nseed: 1\nasOfYear: 1900\npaths: -1\n"));

        Assert.Equal(["asOfYear", "paths"], e.Errors.Select(x => x.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_misspelt_key_is_named_with_the_key_it_was_probably_meant_to_be()
    {
        var error = Shipped.Rejects(Shipped.Minimal + "horizn: 2025\n");

        Assert.Equal((4, 1, "horizn"), (error.Line, error.Column, error.Field));
        Assert.Contains("did you mean 'horizon'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_indicator_is_named_with_the_nearest_one_in_the_catalog()
    {
        var error = Shipped.Rejects(Shipped.Minimal + "shocks:\n  - name: s\n    indicator: new-urban-job\n    fromYear: 2024\n    toYear: 2025\n    shift: -0.01\n");

        Assert.Equal("shocks[0].indicator", error.Field);
        Assert.Contains("did you mean 'new-urban-jobs'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shock_on_a_factor_the_file_adds_is_accepted()
    {
        var file = Shipped.Parse(Shipped.Minimal + "factors:\n  - name: exports\n    spread: 0.04\n    loadings:\n      employment: 0.5\nshocks:\n  - name: s\n    factor: exports\n    fromYear: 2024\n    toYear: 2024\n    shift: -0.05\n");

        Assert.Equal("exports", file.Scenario.Shocks[0].Factor);
        Assert.Equal(new FactorLoadingSpec("employment", 0.5), file.Scenario.Factors[0].Loadings[0]);
    }

    [Fact]
    public void A_new_factor_without_a_spread_is_rejected()
    {
        var error = Shipped.Rejects(Shipped.Minimal + "factors:\n  - name: exports\n");

        Assert.Equal("factors[0].spread", error.Field);
    }

    [Fact]
    public void An_override_observation_without_a_recorder_is_recorded_by_the_scenario()
    {
        var file = Shipped.Parse(Shipped.Minimal + "overrides:\n  - pair: dandong/new-urban-jobs\n    observations:\n      - year: 2024\n        value: 17500\n        source: 丹东市2024年统计公报\n");

        var observation = Assert.Single(file.Scenario.Overrides[0].Observations);
        Assert.Equal(new ObservationInput(2024, 17500, "丹东市2024年统计公报", "scenario t"), observation);
    }

    [Fact]
    public void A_rejection_by_the_run_grain_is_placed_at_the_line_of_its_field()
    {
        var file = Shipped.Parse(Shipped.Minimal + "overrides:\n  - pair: dandong/new-urban-jobs\n    growthMean: 3\n  - pair: dalian/new-urban-jobs\n    growthSpread: 0.2\n");

        var located = file.Locate(new ScenarioRejectedException("overrides[1].growthSpread", "overrides[1].growthSpread: too wide for this pair"));

        var error = Assert.Single(located.Errors);
        Assert.Equal((8, 19, "overrides[1].growthSpread", "too wide for this pair"), (error.Line, error.Column, error.Field, error.Message));
    }

    [Fact]
    public void A_rejected_field_the_file_does_not_spell_out_is_placed_at_the_nearest_field_holding_it()
    {
        var file = Shipped.Parse(Shipped.Minimal + "overrides:\n  - pair: dandong/new-urban-jobs\n    growthMean: 3\n");

        var error = file.Locate(new ScenarioRejectedException("overrides[0].observations[0].year", "x")).Errors[0];

        Assert.Equal((5, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Anchors_and_aliases_are_refused_so_a_small_file_cannot_expand_into_a_huge_one()
    {
        var error = Shipped.Rejects("id: t\nseed: 1\nasOfYear: &y 2023\nhorizon: *y\n");

        Assert.Equal(("yaml", 4), (error.Field, error.Line));
    }
}

public sealed class ShockRulesTests
{
    [Fact]
    public void A_factor_shock_that_also_names_a_domain_is_rejected_as_the_run_grain_would()
    {
        var error = Shipped.Rejects(Shipped.Minimal + "shocks:\n  - name: s\n    factor: economy\n    domain: housing\n    fromYear: 2024\n    toYear: 2025\n    shift: -0.01\n");

        Assert.Equal(("shocks[0].factor", 6, 13), (error.Field, error.Line, error.Column));
    }
}
