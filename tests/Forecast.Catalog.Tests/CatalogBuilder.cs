using System.Text;

namespace Forecast.Catalog.Tests;

/// <summary>
/// Writes a small valid catalog to a temporary folder; a test then breaks exactly one thing and checks the error.
/// </summary>
public sealed class CatalogBuilder : IDisposable
{
    public const string SeedFile = "test-seed.txt";

    public const string SeedText = "到2025年,全市累计新增城镇就业5.1万人,普惠性幼儿园覆盖率达到90%。\n2023年:城乡居民养老保险基础养老金最低标准提高10元,达到129元;建强乡镇卫生院两所。\n";

    public const string FigureHeader = "jurisdiction,indicator,role,year,from_year,value,unit,comparator,seed,clause,evidence,note";

    public static readonly string[] ValidFigures =
    [
        $"city,new-urban-jobs,target,2025,2023,51000,人,≥,{SeedFile},一(二)1,累计新增城镇就业5.1万人,",
        $"city,kindergarten-coverage,target,2025,,90,%,≥,{SeedFile},一(二)4,普惠性幼儿园覆盖率达到90%,",
        $"city,basic-pension,commitment,2023,,129,元/月,≥,{SeedFile},附件 3,\"提高10元,达到129元\",",
        $"city,basic-pension,baseline,2022,,119,元/月,=,{SeedFile},附件 3,\"提高10元,达到129元\",129-10",
        $"city,health-centres,commitment,2023,,2,所,≥,{SeedFile},附件 9,建强乡镇卫生院两所,",
    ];

    public const string ObservationHeader = "jurisdiction,indicator,year,value,unit,period,status,source_url,publisher,published,evidence,recorded_by,note";

    /// <summary>Two published figures for the fixture's pairs, written for tests only (example.org is no real source).</summary>
    public static readonly string[] ValidObservations =
    [
        "city,new-urban-jobs,2023,19000,人,year,final,https://example.org/bulletin-2023,测试统计局,2024-03-01,全年城镇新增就业1.9万人,catalog-tests,",
        "city,kindergarten-coverage,2023,88.5,%,stock,estimated,https://example.org/report-2024,测试市人民政府,2024-01,普惠性幼儿园覆盖率预计达到88.5%左右,catalog-tests,test scope note",
    ];

    public CatalogBuilder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "forecast-catalog-" + Guid.NewGuid().ToString("N"), "data");
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "seeds"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "commitments"));
        Write("jurisdictions.csv", "id,parent,level,name_zh,name_en\ncountry,,country,中国,China\nprovince,country,province,辽宁省,Liaoning\ncity,province,city,丹东市,Dandong\n");
        Write("indicators.csv",
            "id,name_zh,name_en,domain,unit,kind,direction,bound,additive\n" +
            "new-urban-jobs,城镇新增就业,New urban jobs,employment,人,cumulative,up,,true\n" +
            "kindergarten-coverage,普惠性幼儿园覆盖率,Inclusive kindergarten coverage,education,%,level,up,100,false\n" +
            "basic-pension,基础养老金最低标准,Minimum basic pension,social-security,元/月,level,up,,false\n" +
            "health-centres,建强乡镇卫生院,Township health centres strengthened,health,所,count,up,,true\n");
        Write("seeds.csv", $"file,jurisdiction,title_zh,published,practical_matters_year\n{SeedFile},city,测试方案,2024-01-08,2023\n");
        Write($"seeds/{SeedFile}", SeedText);
        Figures(ValidFigures);
        Write("qualitative.csv", $"jurisdiction,seed,clause,evidence,reason\ncity,{SeedFile},一(二)1,累计新增城镇就业5.1万人,no-number\n");
    }

    public string Directory { get; }

    public CatalogBuilder Write(string relativePath, string content) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(content));

    public CatalogBuilder WriteBytes(string relativePath, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(Directory, relativePath), content);
        return this;
    }

    /// <summary>Replaces the commitments file with these rows (after the header). Row i is on line i + 2.</summary>
    public CatalogBuilder Figures(params string[] rows) =>
        Write("commitments/test.csv", FigureHeader + "\n" + string.Join("\n", rows) + "\n");

    /// <summary>Replaces one field of one valid figure row, keeping the rest.</summary>
    public CatalogBuilder FigureWith(int row, string column, string value)
    {
        var header = FigureHeader.Split(',');
        var rows = ValidFigures.ToArray();
        var fields = SplitCsv(rows[row]);
        fields[Array.IndexOf(header, column)] = value.Contains(',') ? $"\"{value}\"" : value;
        rows[row] = string.Join(",", fields);
        return Figures(rows);
    }

    /// <summary>Writes <c>observations/test.csv</c> with these rows after the header. Row i is on line i + 2.</summary>
    public CatalogBuilder Observations(params string[] rows) => ObservationFile("test.csv", ObservationHeader, rows);

    /// <summary>Writes one file in <c>observations/</c> with its own header line.</summary>
    public CatalogBuilder ObservationFile(string name, string header, params string[] rows)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "observations"));
        return Write($"observations/{name}", header + "\n" + string.Join("\n", rows) + "\n");
    }

    /// <summary>Replaces one field of one valid observation row, keeping the rest.</summary>
    public CatalogBuilder ObservationWith(int row, string column, string value)
    {
        var header = ObservationHeader.Split(',');
        var rows = ValidObservations.ToArray();
        var fields = SplitCsv(rows[row]);
        fields[Array.IndexOf(header, column)] = value.Contains(',') ? $"\"{value}\"" : value;
        rows[row] = string.Join(",", fields);
        return Observations(rows);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    internal static string[] SplitCsv(string row)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in row)
        {
            if (c == '"')
                quoted = !quoted;
            if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }

        fields.Add(current.ToString());
        return fields.ToArray();
    }
}
