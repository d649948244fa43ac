namespace Forecast.Hosting;

/// <summary>
/// The configuration is invalid. The message names every offending key and why, and is meant to be printed as it
/// is, without a stack trace, before the process exits with the invalid-input code.
/// </summary>
public sealed class ForecastConfigurationException(string message) : Exception(message);
