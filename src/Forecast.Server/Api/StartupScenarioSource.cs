using Forecast.Contracts;
using Forecast.Scenarios;

namespace Forecast.Server.Api;

/// <summary>
/// Reads <see cref="ForecastApiOptions.StartupScenario"/> with the planners' scenario reader. A relative path is read
/// from the checkout holding the catalog (the folder above <c>data/</c>), so the server finds <c>scenarios/</c>
/// wherever it is started from.
/// </summary>
public sealed class StartupScenarioSource(string dataDirectory, ScenarioVocabularySource vocabulary)
{
    /// <exception cref="InvalidDataException">The file is missing or not a valid scenario; the message lists file:line:column: field: why.</exception>
    public Scenario Load(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(dataDirectory, "..", path));
        try
        {
            return ScenarioReader.Read(full, vocabulary.Vocabulary).Scenario;
        }
        catch (ScenarioFileException e)
        {
            throw new InvalidDataException(string.Join("; ", e.Errors), e);
        }
    }
}
