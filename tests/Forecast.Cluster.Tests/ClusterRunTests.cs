using Xunit.Abstractions;

namespace Forecast.Cluster.Tests;

/// <summary>
/// Runs on the three silo processes, in order: the tests that compare numbers with the embedded run come before
/// those that record observations, which every later run reads. One behaviour per test, one test per file.
/// </summary>
[Collection(ClusterCollection.Name)]
[TestCaseOrderer(SpecificationOrder.TypeName, SpecificationOrder.AssemblyName)]
public sealed partial class ClusterRunTests(ClusterFixture cluster, ITestOutputHelper output)
{
}
