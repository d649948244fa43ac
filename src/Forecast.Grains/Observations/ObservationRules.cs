using Forecast.Catalog;
using Forecast.Contracts;

namespace Forecast.Grains.Observations;

/// <summary>
/// What an observation must be to be stored: a finite value within its indicator's bounds, a year within the plan,
/// a source and a recorder. Every rejection names the field at fault, and nothing is stored.
/// </summary>
public static class ObservationRules
{
    /// <exception cref="ObservationRejectedException">The observation breaks a rule.</exception>
    /// <param name="prefix">Prepended to the field named in an error ("overrides[0].observations[1].").</param>
    public static void Validate(ForecastCatalog catalog, string pair, ObservationInput? observation, string prefix = "")
    {
        if (!TryParse(pair, out var id) || catalog.FiguresOf(id).Count == 0)
            throw new ObservationRejectedException(prefix + "pair", $"Unknown pair '{pair}': the catalog has no figure for it.");
        if (observation is null)
            throw new ObservationRejectedException(prefix + "observation", "An observation is required.");

        var indicator = catalog.Indicator(id.Indicator);
        var lastYear = catalog.FiguresOf(id).Max(f => f.Year) + ScenarioLimits.ObservationYearsAfterPlan;
        if (observation.Year < ScenarioLimits.MinYear || observation.Year > lastYear)
            throw Rejected(prefix, "year", $"{observation.Year} is outside the plan: {pair} takes observations for {ScenarioLimits.MinYear}–{lastYear}.");

        var value = observation.Value;
        if (!double.IsFinite(value))
            throw Rejected(prefix, "value", $"{value} is not a finite number.");
        if (indicator.Kind == IndicatorKind.Growth)
        {
            if (value <= -100)
                throw Rejected(prefix, "value", $"a growth rate of {value} % would leave nothing: it must be above −100 %.");
        }
        else if (value < 0)
        {
            throw Rejected(prefix, "value", $"{value} {indicator.Unit} is negative: {indicator.NameEn} counts or measures something that cannot be below zero.");
        }

        if (indicator.Bound is { } bound && value > bound)
            throw Rejected(prefix, "value", $"{value} {indicator.Unit} is over its bound of {bound} {indicator.Unit}.");

        CheckText(prefix, "source", observation.Source, "where the value was read (a bulletin, a report)");
        CheckText(prefix, "recordedBy", observation.RecordedBy, "who records it");
    }

    private static void CheckText(string prefix, string field, string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw Rejected(prefix, field, $"{field} is required: {what}.");
        if (text.Length > ScenarioLimits.MaxTextLength)
            throw Rejected(prefix, field, $"{field} is {text.Length} characters long; at most {ScenarioLimits.MaxTextLength}.");
    }

    private static bool TryParse(string? pair, out PairId id)
    {
        id = default;
        if (string.IsNullOrEmpty(pair))
            return false;
        try
        {
            id = PairId.Parse(pair);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static ObservationRejectedException Rejected(string prefix, string field, string message) => new(prefix + field, $"{prefix + field}: {message}");
}
