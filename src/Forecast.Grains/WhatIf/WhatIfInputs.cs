using System.Globalization;
using Forecast.Contracts;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.WhatIf;

/// <summary>A what-if request checked against its bounds and the scenario's factors, as the model's assumption.</summary>
public static class WhatIfInputs
{
    /// <exception cref="WhatIfRejectedException">Names the field at fault as a path ("loadings[1].factor").</exception>
    public static WhatIfAssumption From(WhatIfRequest? request, ForecastPriors priors)
    {
        if (request is null)
            throw Rejected("$", "a request is required");
        if (request.Paths is < WhatIfLimits.MinPaths or > WhatIfLimits.MaxPaths)
            throw Rejected("paths", $"{request.Paths} is outside {WhatIfLimits.MinPaths}–{WhatIfLimits.MaxPaths:N0}");
        if (request.Pace is { } pace && (!double.IsFinite(pace) || Math.Abs(pace) > WhatIfLimits.MaxPace))
            throw Rejected("pace", $"{F(pace)} is not a finite number within ±{WhatIfLimits.MaxPace:0e0}");
        if (request.SpreadScale is { } scale && (!double.IsFinite(scale) || scale is < 0 or > WhatIfLimits.MaxSpreadScale))
            throw Rejected("spreadScale", $"{F(scale)} is outside 0–{WhatIfLimits.MaxSpreadScale}");

        var loadings = new Dictionary<string, double>(StringComparer.Ordinal);
        var list = request.Loadings ?? [];
        if (list.Count > WhatIfLimits.MaxLoadings)
            throw Rejected("loadings", $"{list.Count} items; at most {WhatIfLimits.MaxLoadings}");
        var factors = priors.CommonFactors.Select(f => f.Name).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"loadings[{i}]";
            var loading = list[i] ?? throw Rejected(at, "missing");
            if (loading.Factor is null || !factors.Contains(loading.Factor))
                throw Rejected($"{at}.factor", $"unknown factor '{loading.Factor}': expected one of {string.Join(", ", factors)}");
            if (!loadings.TryAdd(loading.Factor, loading.Beta))
                throw Rejected($"{at}.factor", $"'{loading.Factor}' is named twice");
            if (!double.IsFinite(loading.Beta) || Math.Abs(loading.Beta) > ScenarioLimits.MaxLoading)
                throw Rejected($"{at}.beta", $"{F(loading.Beta)} is outside −{ScenarioLimits.MaxLoading}…{ScenarioLimits.MaxLoading}");
        }

        return new WhatIfAssumption(request.Pace, request.SpreadScale, loadings.Count > 0 ? loadings : null);
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static WhatIfRejectedException Rejected(string field, string message) => new(field, field == "$" ? message : $"{field}: {message}");
}
