using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Forecasting;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.Runs;

/// <summary>
/// Forecasts a jurisdiction's pairs in one call to the model; if that call throws, it forecasts them one by one so a
/// pair that fails is reported with its error while the others complete. A pair's numbers do not depend on which
/// other pairs share its call (the model's draws are keyed by pair, factor, path and year), so the fallback gives the
/// same bits the batch would have.
/// </summary>
public static class PairBatch
{
    public static (List<PairForecast> Forecasts, List<PairFailure> Failures) Forecast(
        IPairForecaster forecaster,
        PreparedRun run,
        IReadOnlyList<PairId> pairs)
    {
        if (pairs.Count == 0)
            return ([], []);
        try
        {
            return (forecaster.Run(run.Forecast, run.Inputs.Simulation, pairs).Pairs.ToList(), []);
        }
        catch (Exception) when (pairs.Count > 1)
        {
            var forecasts = new List<PairForecast>();
            var failures = new List<PairFailure>();
            foreach (var pair in pairs)
            {
                try
                {
                    forecasts.AddRange(forecaster.Run(run.Forecast, run.Inputs.Simulation, [pair]).Pairs);
                }
                catch (Exception e)
                {
                    failures.Add(new PairFailure(pair.ToString(), $"{e.GetType().Name}: {e.Message}"));
                }
            }

            return (forecasts, failures);
        }
        catch (Exception e)
        {
            return ([], [new PairFailure(pairs[0].ToString(), $"{e.GetType().Name}: {e.Message}")]);
        }
    }
}
