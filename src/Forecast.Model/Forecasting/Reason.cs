namespace Forecast.Model.Forecasting;

/// <summary>Why a target is flagged as it is, in planners' words, in Chinese and in English.</summary>
public sealed record Reason(string Zh, string En);
