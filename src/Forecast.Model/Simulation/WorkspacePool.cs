using System.Collections.Concurrent;

namespace Forecast.Model.Simulation;

/// <summary>
/// Workspaces kept between runs: a run's threads each take one and give it back, so a run of a few hundred pairs
/// does not allocate (and later collect) half a megabyte of large-object buffers per thread every time.
/// </summary>
internal static class WorkspacePool
{
    /// <summary>Kept at most: enough for every thread of a couple of concurrent runs, and a bound on what is held.</summary>
    private static readonly int Capacity = 2 * Environment.ProcessorCount;

    private static readonly ConcurrentBag<Workspace> Kept = [];

    public static Workspace Rent(int paths)
    {
        // A workspace of another path count is dropped rather than kept: runs of one size at a time are the norm.
        while (Kept.TryTake(out var workspace))
        {
            if (workspace.Paths == paths)
                return workspace;
        }

        return new Workspace(paths);
    }

    public static void Return(Workspace workspace)
    {
        if (Kept.Count < Capacity)
            Kept.Add(workspace);
    }
}
