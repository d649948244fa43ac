using Forecast.Contracts;

namespace Forecast.Scenarios;

/// <summary>A scenario as read from its file, with what only the file knows: where it is, its layout, and the reports it asks for.</summary>
/// <param name="Formats">The outputs the file asks for (<see cref="OutputFormats"/>); the command line may replace them.</param>
public sealed record ScenarioFile(string Path, Scenario Scenario, IReadOnlyList<string> Formats, ScenarioSourceMap SourceMap)
{
    public string ContentHash => ScenarioHash.Of(Scenario);

    /// <summary>Turns a rejection by the run grain (a field path and why) into an error at the field's line.</summary>
    public ScenarioFileException Locate(ScenarioRejectedException rejected)
    {
        var (line, column) = SourceMap.Locate(rejected.Field);
        var message = rejected.Message.StartsWith($"{rejected.Field}: ", StringComparison.Ordinal) ? rejected.Message[(rejected.Field.Length + 2)..] : rejected.Message;
        return new ScenarioFileException(new ScenarioError(Path, line, column, rejected.Field, message));
    }
}
