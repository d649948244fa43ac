using System.Globalization;

namespace Forecast.Cli;

/// <summary>
/// The width tables are laid out in when the output goes to a file or a pipe. Spectre.Console then assumes 80
/// columns and wraps every cell of a wide table over several lines, which an analyst cannot grep or read; a
/// terminal reports its own width and keeps it.
/// </summary>
public static class PipedConsoleWidth
{
    /// <summary>
    /// Wider than any table the CLI draws (the growth table of every pair with its reasons needs about 310), so every
    /// row keeps one line. Tables take their natural width, not the console's, so nothing is padded to it.
    /// </summary>
    public const int Default = 1000;

    /// <summary>
    /// $COLUMNS where it holds a usable width (40 or more), else <see cref="Default"/>. Shells seldom export it, so it
    /// takes effect as <c>COLUMNS=120 forecast growth | less</c>.
    /// </summary>
    public static int From(string? columns) =>
        int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width >= 40 ? width : Default;
}
