namespace Forecast.Scenarios;

/// <summary>
/// Bounds of a scenario file as a file, each checked while the YAML is read so that any file is accepted or refused
/// in well under a second; the bounds of its values are Contracts.ScenarioLimits, shared with the run grain.
/// </summary>
public static class ScenarioFileLimits
{
    /// <summary>A scenario file larger than this is not one someone wrote by hand.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>
    /// Lists and mappings inside one another. The deepest field (overrides[i].observations[j].year) is 5 levels down;
    /// the bound is far above that and far below where the YAML library's recursion endangers the stack.
    /// </summary>
    public const int MaxNesting = 32;

    /// <summary>
    /// Entries of one list or mapping, refused while reading; ten times ScenarioLimits.MaxItems, so that a list a
    /// little over that bound is still reported at its field, with its count.
    /// </summary>
    public const int MaxEntries = 10_000;

    /// <summary>Values (scalars, lists and mappings) in one file: a thousand overrides with a dozen observations each stay well within.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>Errors reported for one file; past them the planner is told how many more there are.</summary>
    public const int MaxErrors = 100;
}
