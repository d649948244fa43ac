namespace Forecast.Contracts;

/// <summary>
/// Records published figures in bulk: every row of a CSV in the catalog's observation format is checked against the
/// catalog and against what each pair already holds, and either all are recorded or none. One grain (key 0) takes
/// the imports one at a time, so two never interleave; a single-value record arriving meanwhile is caught by each
/// pair's version, and the import then records nothing.
/// </summary>
[Alias("forecast.IObservationImportGrain")]
public interface IObservationImportGrain : IGrainWithIntegerKey
{
    /// <param name="name">How errors name the input ("request", a file name).</param>
    /// <param name="csv">The rows, header first, as UTF-8 bytes.</param>
    /// <param name="write">False checks and answers what would be recorded, recording nothing.</param>
    /// <exception cref="ObservationImportConflictException">A pair changed while the import was being recorded; nothing was recorded.</exception>
    [Alias("Import")]
    Task<ObservationImportResult> Import(string name, byte[] csv, bool write);
}
