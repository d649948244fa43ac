using System.Text;

namespace Forecast.Catalog.Tests;

/// <summary>A catalog file that cannot be used as a file is reported once, at its cause, and never as an exception.</summary>
public sealed class CatalogFileTests : IDisposable
{
    private readonly CatalogBuilder _builder = new();

    public void Dispose() => _builder.Dispose();

    private IReadOnlyList<CatalogError> Errors()
    {
        var catalog = CatalogLoader.TryLoad(_builder.Directory, out var errors);
        Assert.Null(catalog);
        return errors;
    }

    [Theory]
    [InlineData("jurisdictions.csv", "ident,parent,level,name_zh,name_en\ncountry,,country,中国,China\nprovince,country,province,辽宁省,Liaoning\ncity,province,city,丹东市,Dandong\n")]
    [InlineData("indicators.csv", "ident,name_zh,name_en,domain,unit,kind,direction,bound,additive\nnew-urban-jobs,城镇新增就业,New urban jobs,employment,人,cumulative,up,,true\n")]
    public void A_broken_header_is_reported_at_the_header_and_not_at_every_row_that_refers_to_the_file(string file, string content)
    {
        _builder.Write(file, content);

        var errors = Errors();

        Assert.Equal(($"data/{file}", 1, "id"), (errors[0].File, errors[0].Line, errors[0].Field));
        // One line says the later files wait for this one; none of their rows is reported.
        Assert.Equal(2, errors.Count);
        Assert.Equal("not checked", errors[1].Field);
        Assert.DoesNotContain(errors, e => e.File.Contains("commitments/", StringComparison.Ordinal) || e.File.EndsWith("seeds.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_seeds_header_is_reported_without_the_figures_that_name_its_seeds()
    {
        _builder.Write("seeds.csv", $"name,jurisdiction,title_zh,published,practical_matters_year\n{CatalogBuilder.SeedFile},city,测试方案,2024-01-08,2023\n");

        var errors = Errors();

        Assert.Equal(("data/seeds.csv", 1, "file"), (errors[0].File, errors[0].Line, errors[0].Field));
        Assert.DoesNotContain(errors, e => e.File.Contains("commitments/", StringComparison.Ordinal) || e.File.EndsWith("qualitative.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_an_error_naming_it_not_an_exception()
    {
        // /proc/self/mem is a file whose every read at offset 0 fails with an I/O error, whoever runs the test (root too).
        if (!OperatingSystem.IsLinux())
            return;
        var path = Path.Combine(_builder.Directory, "jurisdictions.csv");
        File.Delete(path);
        File.CreateSymbolicLink(path, "/proc/self/mem");

        var error = Errors()[0];

        Assert.Equal(("data/jurisdictions.csv", 0, "file"), (error.File, error.Line, error.Field));
        Assert.StartsWith("cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_where_a_file_should_be_is_named()
    {
        File.Delete(Path.Combine(_builder.Directory, "qualitative.csv"));
        Directory.CreateDirectory(Path.Combine(_builder.Directory, "qualitative.csv"));

        var error = Assert.Single(Errors());

        Assert.Equal(("data/qualitative.csv", "file", "is a folder, not a file"), (error.File, error.Field, error.Message));
    }

    [Fact]
    public void A_csv_file_over_its_size_bound_is_refused_before_it_is_read()
    {
        var header = "jurisdiction,seed,clause,evidence,reason\n";
        var row = $"city,{CatalogBuilder.SeedFile},一(二)1,累计新增城镇就业5.1万人,no-number\n";
        var rows = (int)(CatalogLimits.MaxCsvBytes / Encoding.UTF8.GetByteCount(row)) + 1;
        var bytes = Encoding.UTF8.GetBytes(header + string.Concat(Enumerable.Repeat(row, rows)));
        Assert.True(bytes.Length > CatalogLimits.MaxCsvBytes);
        _builder.WriteBytes("qualitative.csv", bytes);

        var error = Assert.Single(Errors());

        Assert.Equal(("data/qualitative.csv", 0, "file"), (error.File, error.Line, error.Field));
        Assert.Contains("over the 16,777,216-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_qualitative_row_names_the_line_it_repeats()
    {
        var row = $"city,{CatalogBuilder.SeedFile},一(二)1,累计新增城镇就业5.1万人,no-number";
        _builder.Write("qualitative.csv", $"jurisdiction,seed,clause,evidence,reason\n{row}\n{row}\n");

        var error = Assert.Single(Errors());

        Assert.Equal(("data/qualitative.csv", 3), (error.File, error.Line));
        Assert.Contains("duplicate row", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_error_bound_the_rest_are_counted_not_listed()
    {
        var row = $"city,{CatalogBuilder.SeedFile},一(二)1,累计新增城镇就业5.1万人,no-number";
        _builder.Write("qualitative.csv", "jurisdiction,seed,clause,evidence,reason\n" + string.Join("\n", Enumerable.Repeat(row, CatalogLimits.MaxErrors + 11)) + "\n");

        var errors = Errors();

        Assert.Equal(CatalogLimits.MaxErrors + 1, errors.Count);
        Assert.StartsWith("10 more error(s)", errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_before_a_header_is_not_part_of_its_first_column()
    {
        var path = Path.Combine(_builder.Directory, "jurisdictions.csv");
        _builder.WriteBytes("jurisdictions.csv", [.. Encoding.UTF8.Preamble, .. File.ReadAllBytes(path)]);

        var catalog = CatalogLoader.TryLoad(_builder.Directory, out var errors);

        Assert.Empty(errors);
        Assert.Equal(3, catalog!.Jurisdictions.Count);
    }
}
