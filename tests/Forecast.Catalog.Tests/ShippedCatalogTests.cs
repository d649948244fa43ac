namespace Forecast.Catalog.Tests;

/// <summary>The shipped catalog: complete, traced to its seeds, and shaped as a tree.</summary>
public sealed class ShippedCatalogTests
{
    private static ForecastCatalog Catalog => ShippedCatalog.Catalog;

    /// <summary>Pinned so that a lost row fails CI; change a number only together with the rows it counts.</summary>
    [Theory]
    [InlineData("000_e5efb241aa6ec9cb.txt", 75, 56, 3, 35)]
    [InlineData("001_f8a4ce216461a9f9.txt", 46, 50, 0, 33)]
    [InlineData("002_21cec494613aeb6b.txt", 175, 114, 2, 56)]
    [InlineData("003_08b38a62fc32b417.txt", 0, 132, 1, 44)]
    [InlineData("004_1ae0edc04d5e94e4.txt", 74, 0, 2, 31)]
    public void Each_seed_keeps_its_number_of_rows(string seed, int targets, int commitments, int baselines, int qualitative)
    {
        var figures = Catalog.Figures.Where(f => f.Source.Seed == seed).ToList();

        Assert.Equal(targets, figures.Count(f => f.Role == FigureRole.Target));
        Assert.Equal(commitments, figures.Count(f => f.Role == FigureRole.Commitment));
        Assert.Equal(baselines, figures.Count(f => f.Role == FigureRole.Baseline));
        Assert.Equal(qualitative, Catalog.Qualitative.Count(q => q.Source.Seed == seed));
    }

    [Fact]
    public void Every_figures_evidence_is_verbatim_in_its_seed()
    {
        var seeds = Catalog.Seeds.ToDictionary(s => s.File, s => s.Text);

        Assert.All(Catalog.Figures, f => Assert.Contains(f.Source.Evidence, seeds[f.Source.Seed], StringComparison.Ordinal));
        Assert.All(Catalog.Qualitative, q => Assert.Contains(q.Source.Evidence, seeds[q.Source.Seed], StringComparison.Ordinal));
    }

    [Fact]
    public void Every_target_and_commitment_states_its_value_in_its_evidence()
    {
        var stated = Catalog.Figures.Where(f => f.Role != FigureRole.Baseline);

        Assert.All(stated, f => Assert.True(EvidenceNumbers.States(f.Source.Evidence, f.Value), $"{f.Source.File}:{f.Source.Line}: {f.Value} is not in \"{f.Source.Evidence}\""));
    }

    [Fact]
    public void Every_baseline_is_the_year_before_a_figure_from_the_same_phrase()
    {
        foreach (var baseline in Catalog.Figures.Where(f => f.Role == FigureRole.Baseline))
        {
            var siblings = Catalog.FiguresOf(baseline.Pair).Where(f => f.Role != FigureRole.Baseline && f.Source.Evidence == baseline.Source.Evidence);
            Assert.Contains(siblings, f => f.Year > baseline.Year);
        }
    }

    [Fact]
    public void The_seed_copies_match_the_shared_originals_when_present()
    {
        var shared = Path.GetFullPath(Path.Combine(ShippedCatalog.Directory, "..", "..", "shared", "seeds"));
        if (!Directory.Exists(shared))
            return; // A clone without the shared folder beside it has only the copies to check against.

        foreach (var seed in Catalog.Seeds)
            Assert.Equal(File.ReadAllBytes(Path.Combine(shared, seed.File)), File.ReadAllBytes(Path.Combine(ShippedCatalog.Directory, "seeds", seed.File)));
    }

    [Fact]
    public void The_hierarchy_is_one_tree_under_china()
    {
        Assert.Equal("china", Catalog.Root.Id);
        Assert.Equal(Catalog.Jurisdictions.Count, Catalog.Subtree("china").Count());
        Assert.Equal(["jiangsu", "liaoning"], Catalog.Children("china").Select(j => j.Id).Order());
        Assert.All(Catalog.Children("china"), p => Assert.Equal(JurisdictionLevel.Province, p.Level));
    }

    [Theory]
    [InlineData("shenyang", "liaoning")]
    [InlineData("dalian", "liaoning")]
    [InlineData("dandong", "liaoning")]
    [InlineData("zhenxing", "dandong")]
    [InlineData("lianyungang", "jiangsu")]
    public void Each_jurisdiction_sits_under_its_parent(string id, string parent) =>
        Assert.Equal(parent, Catalog.Jurisdiction(id).ParentId);

    [Fact]
    public void New_urban_jobs_is_one_indicator_shared_by_a_city_and_its_district()
    {
        Assert.NotEmpty(Catalog.FiguresOf(new PairId("dandong", "new-urban-jobs")));
        Assert.NotEmpty(Catalog.FiguresOf(new PairId("zhenxing", "new-urban-jobs")));
        Assert.True(Catalog.Indicator("new-urban-jobs").Additive);
    }

    [Fact]
    public void Dandongs_pension_baseline_is_implied_exactly()
    {
        var baseline = Assert.Single(Catalog.FiguresOf(new PairId("dandong", "resident-basic-pension-minimum")), f => f.Role == FigureRole.Baseline);

        Assert.Equal(119, baseline.Value);
        Assert.Equal(2022, baseline.Year);
    }
}
