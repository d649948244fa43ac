using Xunit.Abstractions;
using Xunit.Sdk;

namespace Forecast.Cluster.Tests;

/// <summary>Where a test runs in its class's sequence: lower first.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RunOrderAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}

/// <summary>
/// Orders a class's tests by <see cref="RunOrderAttribute"/>. The silos and their storage are shared: the tests
/// that compare numbers with the embedded run go before the tests that record observations, which every later run
/// would read.
/// </summary>
public sealed class SpecificationOrder : ITestCaseOrderer
{
    public const string TypeName = "Forecast.Cluster.Tests.SpecificationOrder";
    public const string AssemblyName = "Forecast.Cluster.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => Order(t)).ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal).ToList();

    private static int Order(ITestCase test) =>
        test.TestMethod.Method.GetCustomAttributes(typeof(RunOrderAttribute)).FirstOrDefault()?.GetConstructorArguments().OfType<int>().FirstOrDefault() ?? int.MaxValue;
}
