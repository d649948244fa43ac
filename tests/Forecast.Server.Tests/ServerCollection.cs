namespace Forecast.Server.Tests;

/// <summary>One server for every test class: its startup run of the baseline is computed once.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
