using Forecast.Hosting;
using Forecast.Server;

try
{
    ForecastServer.Build(args).Run();
    return 0;
}
catch (ForecastConfigurationException e)
{
    // A wrong setting is the operator's to fix: say which, without a stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
