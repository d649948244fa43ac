using System.Globalization;

namespace Forecast.Cli;

/// <summary>
/// The width tables are laid out in when the output goes to a file or a pipe. Spectre.Console then assumes 80
/// columns and wraps every cell of a wide table over several lines, which an analyst cannot grep or read; a
/// terminal reports its own width and keeps it.
/// </summary>
public static class PipedConsoleWidth
{
    /// <summary>Wide enough for the widest table (the growth table with its reasons) to keep one line per row.</summary>
    public const int Default = 240;

    /// <summary>$COLUMNS where the user set a usable one (40 or more), else <see cref="Default"/>.</summary>
    public static int From(string? columns) =>
        int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width >= 40 ? width : Default;
}
