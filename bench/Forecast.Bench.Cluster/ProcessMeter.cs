using System.Globalization;

namespace Forecast.Bench.Cluster;

/// <summary>
/// What a process and the processes under it spent, from Linux's /proc: processor time (user + system, its own and
/// that of children it waited for, plus the live ones') and its peak resident memory (VmHWM, which writing 5 to
/// clear_refs resets, so a peak can be taken per run).
/// </summary>
internal static class ProcessMeter
{
    /// <summary>USER_HZ: /proc reports times in clock ticks of 1/100 s on Linux.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Processor seconds of <paramref name="pid"/> and every live process under it, and the children they waited for.</summary>
    public static double CpuSeconds(int pid)
    {
        var parents = new Dictionary<int, int>();
        var times = new Dictionary<int, (long Own, long Children)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[id] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                times[id] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture),
                    long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // Gone while read: its time is in its parent's children's time once waited for.
            }
        }

        if (!times.TryGetValue(pid, out var root))
            return 0;
        var ticks = root.Own + root.Children;
        foreach (var (id, time) in times)
        {
            if (id != pid && Under(id, pid, parents))
                ticks += time.Own;
        }

        return ticks / TicksPerSecond;
    }

    private static bool Under(int id, int ancestor, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && parents.TryGetValue(id, out var parent) && parent > 1; depth++, id = parent)
        {
            if (parent == ancestor)
                return true;
        }

        return false;
    }

    /// <summary>
    /// Processor seconds of <paramref name="pid"/>'s live threads, summed by thread name (.NET names its threads, and
    /// Linux keeps the first 15 characters): where a silo's time went, compute threads against pool, GC and the rest.
    /// A thread that ended meanwhile is missing, so the sum may fall short of <see cref="CpuSeconds"/>.
    /// </summary>
    public static Dictionary<string, double> CpuByThread(int pid)
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    var open = stat.IndexOf('(');
                    var close = stat.LastIndexOf(')');
                    var name = stat[(open + 1)..close].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', '#', '-');
                    var fields = stat[(close + 2)..].Split(' ');
                    var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                    byName[name] = byName.GetValueOrDefault(name) + ticks / TicksPerSecond;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
                {
                    // The thread ended while read.
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // The process ended.
        }

        return byName;
    }

    /// <summary>Peak resident bytes since the process started or since <see cref="ResetPeak"/>.</summary>
    public static long PeakBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }

        return 0;
    }

    /// <summary>Starts a new peak from the current resident size (Linux 4.0 and later).</summary>
    public static void ResetPeak(int pid) => File.WriteAllText($"/proc/{pid}/clear_refs", "5");
}
