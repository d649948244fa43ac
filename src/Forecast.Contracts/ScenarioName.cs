using System.Text.RegularExpressions;

namespace Forecast.Contracts;

/// <summary>
/// What a scenario's id and its factors' names may be, the same for a YAML file, a JSON body and the run grain: the id
/// names report folders and dashboard queries, so it is never a path ("../../etc/passwd") nor anything to escape.
/// </summary>
public static partial class ScenarioName
{
    public const string Rule = "use lowercase letters, digits and '-', starting with a letter or digit";

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= ScenarioLimits.MaxIdLength } && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
