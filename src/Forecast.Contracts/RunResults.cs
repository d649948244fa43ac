namespace Forecast.Contracts;

/// <summary>
/// A whole run's result, read as any client reads it: the run grain's outline, then each jurisdiction's part from the
/// jurisdiction itself, a few at a time. The result is assembled here, in the reader; no grain or message holds it.
/// </summary>
public static class RunResults
{
    /// <summary>Jurisdictions asked for their parts at once.</summary>
    public const int PartsAtOnce = 8;

    /// <summary>The run's result once it has completed; null before, or when it is not stored.</summary>
    /// <exception cref="InvalidOperationException">A jurisdiction of the run has no part stored (the run was forgotten while it was read).</exception>
    public static async Task<RunResult?> ReadAsync(IGrainFactory grains, string runId, CancellationToken cancellationToken = default)
    {
        if (await grains.GetGrain<IScenarioRunGrain>(runId).GetOutline() is not { } outline)
            return null;
        var parts = new JurisdictionRunPart[outline.Jurisdictions.Count];
        await foreach (var (index, part) in ReadPartsAsync(grains, outline, cancellationToken))
            parts[index] = part;
        return new RunResult(
            outline.RunId,
            outline.Scenario,
            outline.ContentHash,
            outline.CatalogHash,
            outline.StartedAt,
            outline.CompletedAt,
            parts.SelectMany(p => p.Pairs)
                .OrderBy(p => p.Definition.Jurisdiction, StringComparer.Ordinal)
                .ThenBy(p => p.Definition.Indicator, StringComparer.Ordinal)
                .ToList(),
            parts.Select(p => p.Rollup).ToList(),
            parts.SelectMany(p => p.Failures).OrderBy(f => f.Pair, StringComparer.Ordinal).ToList(),
            outline.ModelRevision);
    }

    /// <summary>
    /// Each jurisdiction's part with its index in <see cref="RunOutline.Jurisdictions"/>, as they arrive (at most
    /// <see cref="PartsAtOnce"/> asked at once): for a reader that writes a national run out as it streams in.
    /// </summary>
    public static async IAsyncEnumerable<(int Index, JurisdictionRunPart Part)> ReadPartsAsync(
        IGrainFactory grains,
        RunOutline outline,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pending = new Queue<(int Index, Task<JurisdictionRunPart?> Part)>();
        var next = 0;
        while (next < outline.Jurisdictions.Count || pending.Count > 0)
        {
            while (next < outline.Jurisdictions.Count && pending.Count < PartsAtOnce)
            {
                pending.Enqueue((next, grains.GetGrain<IJurisdictionGrain>(outline.Jurisdictions[next]).GetRunPart(outline.RunId)));
                next++;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var (index, task) = pending.Dequeue();
            yield return (index, await task ?? throw new InvalidOperationException($"run {outline.RunId}: jurisdiction '{outline.Jurisdictions[index]}' has no part stored"));
        }
    }
}
