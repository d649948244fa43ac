using Forecast.Catalog;

namespace Forecast.Cli;

/// <summary>
/// Writes accepted figures into <c>data/observations/&lt;jurisdiction&gt;.csv</c>, all files or none. Each file is written
/// whole to a temporary file beside it and renamed over the old one, so a reader (or a crash) never sees half a file;
/// should a later rename fail, the files already renamed get their old bytes back. The catalog is then loaded again
/// and the old files put back if it does not load, so a write never leaves a catalog that cannot be read.
/// </summary>
internal static class ObservationFileWriter
{
    /// <summary>The file each jurisdiction's figures go to, relative to the data folder.</summary>
    public static string FileOf(string jurisdiction) => $"{CatalogLoader.ObservationsFolder}/{jurisdiction}.csv";

    /// <summary>The files that writing <paramref name="accepted"/> would change, in name order.</summary>
    public static IReadOnlyList<string> Targets(IEnumerable<PublishedObservation> accepted) =>
        accepted.Select(o => FileOf(o.Pair.Jurisdiction)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <exception cref="IOException">A file could not be written; every file is as it was.</exception>
    /// <exception cref="CatalogException">The catalog would not load after the write; every file is as it was.</exception>
    public static void Write(string dataDirectory, ForecastCatalog catalog, IReadOnlyList<PublishedObservation> accepted)
    {
        var plans = new List<(string Path, byte[]? Old, byte[] New)>();
        foreach (var group in accepted.GroupBy(o => o.Pair.Jurisdiction).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var relative = FileOf(group.Key);
            var path = Path.Combine(dataDirectory, relative);
            var display = CatalogLoader.DisplayName(dataDirectory, relative);
            var kept = catalog.Observations.Where(o => o.Location.File == display);
            var content = System.Text.Encoding.UTF8.GetBytes(ObservationRows.Format(kept.Concat(group)));
            plans.Add((path, File.Exists(path) ? File.ReadAllBytes(path) : null, content));
        }

        Directory.CreateDirectory(Path.Combine(dataDirectory, CatalogLoader.ObservationsFolder));
        Replace(plans.Select(p => (p.Path, p.New)).ToList(), plans.Select(p => (p.Path, p.Old)).ToList());

        if (CatalogLoader.TryLoad(dataDirectory, out var errors) is null)
        {
            Replace(plans.Where(p => p.Old is not null).Select(p => (p.Path, p.Old!)).ToList(), []);
            foreach (var created in plans.Where(p => p.Old is null))
                File.Delete(created.Path);
            throw new CatalogException(errors);
        }
    }

    /// <summary>Writes every file through a temporary one and a rename; on a failure puts back <paramref name="undo"/> for the files already replaced.</summary>
    private static void Replace(IReadOnlyList<(string Path, byte[] Bytes)> files, IReadOnlyList<(string Path, byte[]? Bytes)> undo)
    {
        var temporary = new List<(string Temp, string Path)>();
        var replaced = new List<string>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var temp = $"{path}.{Guid.NewGuid():N}.tmp";
                temporary.Add((temp, path));
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
            }

            foreach (var (temp, path) in temporary)
            {
                File.Move(temp, path, overwrite: true);
                replaced.Add(path);
            }
        }
        catch
        {
            foreach (var path in replaced)
            {
                var old = undo.FirstOrDefault(u => u.Path == path).Bytes;
                if (old is null)
                    File.Delete(path);
                else
                    File.WriteAllBytes(path, old);
            }

            throw;
        }
        finally
        {
            foreach (var (temp, _) in temporary.Where(t => File.Exists(t.Temp)))
                File.Delete(temp);
        }
    }
}
