namespace Forecast.Contracts;

/// <summary>What a bulk import did, or would do: the rows recorded, those skipped as already recorded, every error.</summary>
/// <param name="Written">True when the rows in <see cref="Recorded"/> were stored; false for a check (dry run) or when any row had an error.</param>
/// <param name="Recorded">The rows recorded (or that would be), in input order.</param>
/// <param name="Skipped">Rows repeating, column for column, a figure already recorded: importing a file twice records nothing twice.</param>
/// <param name="Errors">Every problem, by line and field; when there is any, nothing was recorded.</param>
[GenerateSerializer, Immutable, Alias("forecast.ObservationImportResult")]
public sealed record ObservationImportResult(
    [property: Id(0)] bool Written,
    [property: Id(1)] IReadOnlyList<ImportedObservation> Recorded,
    [property: Id(2)] IReadOnlyList<ImportedObservation> Skipped,
    [property: Id(3)] IReadOnlyList<ObservationRowError> Errors);

/// <summary>One input row, the pair it is for, and the observation as stored.</summary>
/// <param name="Line">The row's line in the input (the header is line 1).</param>
/// <param name="AlreadyAt">For a skipped row, where the same figure is already recorded.</param>
[GenerateSerializer, Immutable, Alias("forecast.ImportedObservation")]
public sealed record ImportedObservation(
    [property: Id(0)] int Line,
    [property: Id(1)] string Pair,
    [property: Id(2)] ObservationView Observation,
    [property: Id(3)] string? AlreadyAt = null);

/// <summary>A problem with one row of an import: its line, the column at fault, what is wrong.</summary>
/// <param name="Line">The row's line in the input; 1 for the header, 0 for the input as a whole.</param>
/// <param name="Field">The CSV column ("value", "source_url"), or "header", "row", "encoding".</param>
[GenerateSerializer, Immutable, Alias("forecast.ObservationRowError")]
public sealed record ObservationRowError(
    [property: Id(0)] int Line,
    [property: Id(1)] string Field,
    [property: Id(2)] string Message);
