using System.Net.Http.Json;
using System.Text;
using Forecast.Cli;
using Forecast.Contracts;
using Spectre.Console;

namespace Forecast.Server.Tests;

/// <summary>
/// <c>forecast observe import FILE --server URL --token T</c> against the real server: the file's rows go in one
/// request, all or none, and a refused row is named by the file's own line. Rows written for these tests only.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ObserveOnServerTests(ServerFixture server) : IDisposable
{
    private const string Header = "jurisdiction,indicator,year,value,unit,period,status,source_url,publisher,published,evidence,recorded_by,note";
    private readonly string _folder = Directory.CreateTempSubdirectory("forecast-observe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(params string[] rows)
    {
        var path = Path.Combine(_folder, "figures.csv");
        System.IO.File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    private async Task<(int ExitCode, string Output)> Import(string file, bool write)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        console.Profile.Width = 400;
        var exitCode = await ObserveImportCommand.RunAsync(console, file, new ObserveTarget(null, write, server.Address, ServerFixture.WriterToken), CancellationToken.None);
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task Import_with_write_records_every_row_on_the_server()
    {
        var file = File(
            "lianyungang,public-welfare-posts-developed,2021,1200,个,year,final,https://example.org/welfare-posts,连云港市测试局,2022-01,开发公益性岗位1200个,cli-on-server,",
            "lianyungang,youth-internship-posts,2021,2100,个,year,estimated,https://example.org/internships,连云港市测试局,2021-12,预计提供见习岗位2100个,cli-on-server,");

        var (exitCode, output) = await Import(file, write: true);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"recorded 2 row(s) on {server.Address}", output, StringComparison.Ordinal);
        var observations = await server.Http.GetFromJsonAsync<IReadOnlyList<ObservationView>>("/api/pairs/lianyungang/youth-internship-posts/observations");
        Assert.Equal(("estimated", "https://example.org/internships"), (Assert.Single(observations!).Status, observations![0].SourceUrl));
    }

    [Fact]
    public async Task A_refused_row_is_named_by_the_files_line_and_nothing_is_recorded()
    {
        const string pair = "/api/pairs/lianyungang/needy-worker-children-aided";
        var before = await server.Http.GetStringAsync(pair);
        var file = File(
            "lianyungang,needy-worker-children-aided,2021,800,人,year,final,https://example.org/children,连云港市测试局,2022-01,资助困难职工子女800人,cli-on-server,",
            "lianyungang,needy-worker-children-aided,2022,900,人,year,final,not-a-link,连云港市测试局,2023-01,资助困难职工子女900人,cli-on-server,");

        var (exitCode, output) = await Import(file, write: true);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"{file}:3: source_url: 'not-a-link' is not an http(s) address", output, StringComparison.Ordinal);
        Assert.Equal(before, await server.Http.GetStringAsync(pair));
    }

    [Fact]
    public async Task A_refused_row_of_a_workbook_is_named_by_its_sheet_and_cell_and_nothing_is_recorded()
    {
        const string pair = "/api/pairs/lianyungang/needy-worker-children-aided";
        var before = await server.Http.GetStringAsync(pair);
        // Row 2 is left blank, as people do: the refused figure is on row 4 of the sheet though line 3 of the CSV sent.
        var table = new System.Data.DataTable();
        foreach (var column in Header.Split(','))
            table.Columns.Add(column, typeof(object));
        table.Rows.Add(Header.Split(',').Select(c => (object)DBNull.Value).ToArray());
        table.Rows.Add("lianyungang", "needy-worker-children-aided", 2021d, 800d, "人", "year", "final", "https://example.org/children", "连云港市测试局", "2022-01", "资助困难职工子女800人", "cli-on-server", DBNull.Value);
        table.Rows.Add("lianyungang", "needy-worker-children-aided", 2022d, 900d, "人", "year", "final", "not-a-link", "连云港市测试局", "2023-01", "资助困难职工子女900人", "cli-on-server", DBNull.Value);
        var file = Path.Combine(_folder, "figures.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(file, new Dictionary<string, object> { ["收入 figures"] = table });

        var (exitCode, output) = await Import(file, write: true);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"{file}:'收入 figures'!H4: source_url: 'not-a-link' is not an http(s) address", output, StringComparison.Ordinal);
        Assert.Equal(before, await server.Http.GetStringAsync(pair));
    }
}
