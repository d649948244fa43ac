using System.Text;

namespace Forecast.Scenarios.Tests;

/// <summary>
/// Files made by mutating the shipped scenarios (truncations, byte flips, indentation and bracket changes) with a fixed
/// seed: each is read or refused with a located error, and no other exception ever leaves the reader.
/// </summary>
public sealed class ScenarioFuzzTests
{
    public const int Count = 1_200;

    [Fact]
    public void Every_mutated_shipped_scenario_is_read_or_refused_with_a_located_error()
    {
        var mutants = ScenarioMutants.Make(Count, seed: 16);
        var refused = 0;

        foreach (var (name, bytes) in mutants)
        {
            try
            {
                ScenarioReader.Parse(bytes, name, Shipped.Vocabulary);
            }
            catch (ScenarioFileException e)
            {
                refused++;
                Assert.NotEmpty(e.Errors);
                Assert.All(e.Errors, error =>
                {
                    Assert.Equal(name, error.File);
                    Assert.True(error.Line >= 1 && error.Column >= 1, $"{name}: {error} is not located");
                    Assert.False(string.IsNullOrWhiteSpace(error.Field), $"{name}: {error} names no field");
                    Assert.False(string.IsNullOrWhiteSpace(error.Message), $"{name}: {error} says nothing");
                });
            }
        }

        Assert.True(mutants.Count >= 1_000);
        // Mutants that all parse, or all fail, would test nothing: both outcomes must occur.
        Assert.InRange(refused, 1, mutants.Count - 1);
    }
}
