namespace Forecast.Cluster.Tests;

internal static class Repository
{
    /// <summary>The checkout these tests were built from: the folder holding Forecast.sln.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Forecast.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException("Forecast.sln not found above " + AppContext.BaseDirectory);
    }
}
