using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Scenarios;
using Forecast.Model;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// A scenario's model inputs for commands that run the model in this process (no silo: nothing is stored) — the
/// sensitivity table and the backtest — with the catalog's published figures and the scenario's own extra ones after
/// them, as a run's snapshot has them.
/// </summary>
internal sealed record InProcessModel(ScenarioInputs Inputs, Grains.Scenarios.ScenarioInputs Model, IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> Observations)
{
    public static InProcessModel? Load(IAnsiConsole console, string scenarioPath, string? data, string? priors, int? paths)
    {
        var inputs = ScenarioLoading.Load(console, scenarioPath, data, priors, seed: null, paths);
        if (inputs is null)
            return null;

        Grains.Scenarios.ScenarioInputs model;
        try
        {
            model = Grains.Scenarios.ScenarioInputs.From(inputs.File.Scenario, inputs.Catalog, inputs.Priors);
        }
        catch (ScenarioRejectedException e)
        {
            ScenarioLoading.Print(console, inputs.File.Locate(e));
            return null;
        }

        var observations = PublishedPoints.Of(inputs.Catalog).Concat(model.ExtraObservations)
            .GroupBy(kv => kv.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DataPoint>)g.SelectMany(kv => kv.Value).ToList());
        return new InProcessModel(inputs, model, observations);
    }
}
