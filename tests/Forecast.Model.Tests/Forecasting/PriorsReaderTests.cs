using Forecast.Catalog;
using Forecast.Model.Forecasting;

namespace Forecast.Model.Tests.Forecasting;

public sealed class PriorsReaderTests
{
    [Fact]
    public void The_shipped_priors_give_every_method_a_spread_and_two_factors()
    {
        var priors = Shipped.Priors;

        Assert.Equal(Enum.GetValues<TrajectoryMethod>().Length, priors.Spread.Count);
        Assert.Equal(["economy", "fiscal"], priors.Factors.Select(f => f.Name));
    }

    [Fact]
    public void Every_error_names_file_line_and_field()
    {
        const string yaml = """
            spread:
              log-linear: .nan
              logit-linear: 0.25
              linear: 0.05
              pace: 7
              average-growth: 0.015
              cubic: 1
            factors:
              - name: economy
                spread: 0.02
                loadings:
                  no-such-domain: 1.0
            """;

        var error = Assert.Throws<CatalogException>(() => PriorsReader.Read(new StringReader(yaml), "priors.yaml", Shipped.Catalog));

        Assert.Equal(
            [
                "priors.yaml:2: spread.log-linear: '.nan' is not a finite number",
                "priors.yaml:5: spread.pace: 7 is outside (0, 5]",
                "priors.yaml:7: spread.cubic: unknown method: expected one of log-linear, logit-linear, linear, pace, average-growth",
                "priors.yaml:12: factors[0].loadings.no-such-domain: neither a domain nor an indicator of the catalog",
            ],
            error.Errors.Select(e => e.ToString()).Take(4));
    }
}
