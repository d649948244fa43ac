using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace Forecast.Reports;

/// <summary>
/// Every CSV the project writes goes through here, so a spreadsheet opens each text cell as text and never as a
/// formula ("CSV injection"): a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading single
/// quote, as OWASP recommends. An observation's source such as <c>=HYPERLINK(…)</c> is recorded by anyone with the
/// writer token and would otherwise run in the analyst's Excel. Numbers are written as numbers, -0.5 included.
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>A writer whose records' string members are neutralised; numbers are left as they are.</summary>
    public static CsvWriter Writer(TextWriter text)
    {
        var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Context.TypeConverterCache.AddConverter<string>(new TextConverter());
        return csv;
    }

    /// <summary>Writes one cell: a number in the invariant culture's round-trip form, anything else as neutralised text.</summary>
    public static void WriteCell(this CsvWriter csv, object? value) => csv.WriteField(value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        int or long or ulong or uint or decimal => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        IFormattable f => Text(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Text(value.ToString() ?? string.Empty),
    });

    /// <summary>The text as a spreadsheet shows it: with a leading quote when it would otherwise start a formula.</summary>
    public static string Text(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    private sealed class TextConverter : StringConverter
    {
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            value is string text ? Text(text) : base.ConvertToString(value, row, memberMapData);
    }
}
