namespace Forecast.Server.Api;

/// <summary>One pair's traffic light in a jurisdiction's list.</summary>
/// <param name="Flag">One of Contracts.Flags; null while the scenario has not been run for this pair.</param>
public sealed record PairLight(
    string Pair,
    string Indicator,
    string NameZh,
    string NameEn,
    string Domain,
    string Unit,
    string? Flag,
    double? PMeet,
    string? ReasonZh,
    string? ReasonEn);
