namespace Forecast.Model;

/// <summary>
/// Which arithmetic produced a forecast. A scenario's content hash, seed, catalog and observations give the same bits
/// on every build of one revision; a change that moves any figure for the same inputs (a new inverse normal, a fit that
/// weighs its points otherwise) takes a new revision. Reports print it beside those hashes, every silo of a run must
/// share it, and a stored run of another revision is run again rather than served as current. DeterminismTests
/// records the kernel's bits for each revision, so a change to them without a new revision fails a test.
/// </summary>
public static class ModelRevision
{
    /// <summary>The date of the change, and a letter if one day brings two: 2026-12-05b, each class's fulfilment re-estimated from the recorded plan-vs-outcome years.</summary>
    public const string Current = "2026-12-05b";
}
