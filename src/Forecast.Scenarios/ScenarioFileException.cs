namespace Forecast.Scenarios;

/// <summary>A scenario file that cannot be run; every error names file:line:column and the field, and nothing ran.</summary>
public sealed class ScenarioFileException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;

    public ScenarioFileException(ScenarioError error)
        : this([error])
    {
    }
}
