using Forecast.Server;

ForecastServer.Build(args).Run();
