using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.Tests;

/// <summary>
/// SYNTHETIC catalogs written by code for tests that need a shape the seeds do not have: two districts, East and
/// West, under the test city, each with the same minimum-pension commitment (129 元/月 in 2023 from 119 in 2022).
/// </summary>
internal static class SyntheticCatalog
{
    public static readonly string[] Pairs = ["east/basic-pension", "west/basic-pension"];

    public static ForecastCatalog TwoDistricts(string pensionNameEn = "Minimum basic pension")
    {
        using var builder = new CatalogBuilder();
        builder.Write("jurisdictions.csv", "id,parent,level,name_zh,name_en\ncountry,,country,中国,China\nprovince,country,province,辽宁省,Liaoning\ncity,province,city,丹东市,Dandong\neast,city,district,东区,East District\nwest,city,district,西区,West District\n");
        builder.Write("indicators.csv",
            "id,name_zh,name_en,domain,unit,kind,direction,bound,additive\n" +
            "new-urban-jobs,城镇新增就业,New urban jobs,employment,人,cumulative,up,,true\n" +
            "kindergarten-coverage,普惠性幼儿园覆盖率,Inclusive kindergarten coverage,education,%,level,up,100,false\n" +
            $"basic-pension,基础养老金最低标准,{pensionNameEn},social-security,元/月,level,up,,false\n" +
            "health-centres,建强乡镇卫生院,Township health centres strengthened,health,所,count,up,,true\n");
        var rows = new List<string>();
        foreach (var district in new[] { "east", "west" })
        {
            rows.Add($"{district},basic-pension,commitment,2023,,129,元/月,≥,{CatalogBuilder.SeedFile},附件 3,\"提高10元,达到129元\",synthetic");
            rows.Add($"{district},basic-pension,baseline,2022,,119,元/月,=,{CatalogBuilder.SeedFile},附件 3,\"提高10元,达到129元\",129-10 synthetic");
        }

        builder.Figures([.. rows]);
        return CatalogLoader.Load(builder.Directory);
    }

    /// <summary>Priors with one common factor, "common", that no indicator loads on unless a scenario says so.</summary>
    public static ForecastPriors Priors(double spread) => new(
        Enum.GetValues<TrajectoryMethod>().ToDictionary(m => m, _ => spread),
        [new FactorPrior("common", spread, new Dictionary<string, double>())]);
}
