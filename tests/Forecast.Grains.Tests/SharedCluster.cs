namespace Forecast.Grains.Tests;

/// <summary>
/// The test classes that change no observation share one cluster, so the suite starts fewer silos; classes that
/// record observations take their own, since a recorded observation changes every later run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedCluster : ICollectionFixture<ClusterFixture>
{
    public const string Name = "shared cluster";
}
