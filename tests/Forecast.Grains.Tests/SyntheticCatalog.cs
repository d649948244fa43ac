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

    /// <summary>An estimate of East's 2023 pension, then the final figure superseding it (SYNTHETIC: example.org is no source).</summary>
    public static readonly string[] EastPensionEstimateThenFinal =
    [
        "east,basic-pension,2023,130,元/月,stock,estimated,https://example.org/east-work-report,东区人民政府,2024-01-15,基础养老金最低标准预计提高到130元,synthetic,,",
        "east,basic-pension,2023,131,元/月,stock,final,https://example.org/east-bulletin,东区统计局,2024-03-20,基础养老金最低标准提高到131元,synthetic,,https://example.org/east-work-report",
    ];

    /// <param name="observations">Rows for <c>observations/synthetic.csv</c> (with the supersedes column); none when empty.</param>
    public static ForecastCatalog TwoDistricts(string pensionNameEn = "Minimum basic pension", params string[] observations)
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
        if (observations.Length > 0)
            builder.ObservationFile("synthetic.csv", CatalogBuilder.ObservationHeader + ",supersedes", observations);
        return CatalogLoader.Load(builder.Directory);
    }

    /// <summary>Priors with one common factor, "common", that no indicator loads on unless a scenario says so.</summary>
    public static ForecastPriors Priors(double spread) => new(
        Enum.GetValues<TrajectoryMethod>().ToDictionary(m => m, _ => spread),
        [new FactorPrior("common", spread, new Dictionary<string, double>())]);
}
