using YamlDotNet.Core;

namespace Forecast.Scenarios;

/// <summary>
/// The scenario reader's bounds on YAML (<see cref="ScenarioFileLimits"/>) for another YAML file read by a parser
/// that does not keep them (scenarios/priors.yaml): run first, it refuses the file with a located error where
/// that parser would exhaust the stack, take quadratic time or throw something other than a YAML error.
/// </summary>
public static class YamlGuard
{
    /// <exception cref="ScenarioFileException">The file breaks a bound or is not YAML.</exception>
    public static void Check(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > ScenarioFileLimits.MaxFileBytes)
            throw new ScenarioFileException(new ScenarioError(path, 1, 1, "file", $"{info.Length:#,0} bytes is over the {ScenarioFileLimits.MaxFileBytes:#,0}-byte (1 MiB) limit for a YAML file"));
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFileException(new ScenarioError(path, 1, 1, "file", $"cannot be read: {e.Message}"));
        }

        var parser = new NestingLimitedParser(new Parser(new StringReader(text)), path);
        try
        {
            while (parser.MoveNext())
            {
            }
        }
        catch (YamlException e)
        {
            throw new ScenarioFileException(new ScenarioError(path, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), "yaml", $"syntax error: {e.InnerException?.Message ?? e.Message}"));
        }
        catch (Exception e) when (e is not ScenarioFileException and not OutOfMemoryException)
        {
            var at = parser.LastStart;
            throw new ScenarioFileException(new ScenarioError(path, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), "yaml", "syntax error: the YAML cannot be read from about here on; check the brackets, quotes and indentation"));
        }
    }
}
