using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Forecast.Grains.Telemetry;

public static class ForecastTelemetryExtensions
{
    /// <summary>The exporters <see cref="AddForecastTelemetry"/> knows.</summary>
    public static IReadOnlyList<string> Exporters { get; } = ["none", "console"];

    /// <summary>
    /// Exports Orleans' meters and the Forecast meter through OpenTelemetry: <c>console</c> prints them every
    /// <paramref name="interval"/> (10 s by default); <c>none</c> or null adds nothing.
    /// </summary>
    /// <exception cref="ArgumentException">An exporter other than <see cref="Exporters"/>.</exception>
    public static IServiceCollection AddForecastTelemetry(this IServiceCollection services, string? exporter, TimeSpan? interval = null)
    {
        switch (exporter?.Trim().ToLowerInvariant())
        {
            case null or "" or "none":
                return services;
            case "console":
                services.AddOpenTelemetry().WithMetrics(metrics => metrics
                    .AddMeter("Microsoft.Orleans")
                    .AddMeter(ForecastMetrics.MeterName)
                    .AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)(interval ?? TimeSpan.FromSeconds(10)).TotalMilliseconds));
                return services;
            default:
                throw new ArgumentException($"Unknown telemetry exporter '{exporter}': expected one of {string.Join(", ", Exporters)}.", nameof(exporter));
        }
    }
}
