using System.Collections.Frozen;
using Forecast.Server.Caching;

namespace Forecast.Server.Api;

/// <summary>
/// The dashboard's files, embedded in the assembly (wwwroot/) and read once: the page needs nothing from the network,
/// and each file gets an ETag like every other GET.
/// </summary>
public sealed class DashboardAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, CachedResource> _files;

    public DashboardAssets()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, CachedResource>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var path = name[Prefix.Length..];
            files[path] = new CachedResource(copy.ToArray(), ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream"));
        }

        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool TryGet(string path, out CachedResource file) => _files.TryGetValue(path, out file!);
}
