using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forecast.Catalog.Tests;
using Forecast.Contracts;
using Forecast.Server.Api;
using Xunit.Abstractions;

namespace Forecast.Server.Tests;

/// <summary>
/// A run at the allowed maximum of paths takes every compute thread a silo has; the readers of the dashboard must
/// not wait for it (issue 16: GET /api/tree took 16.7 s during such a run). Alone in its collection, so the other
/// server tests do not share the machine with the run; CI still runs the other test projects beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MaximalRunCollection
{
    public const string Name = "maximal run";
}

[Collection(MaximalRunCollection.Name)]
public sealed class ReadsDuringAMaximalRunTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Every GET asks the grains again (a millisecond in the resource cache, not a second), so each sample is a real read.</summary>
    private readonly ServerFixture _server = new(ShippedCatalog.Directory, "--Forecast:Api:RefreshAfter=00:00:00.001");

    private const int SamplesWanted = 200;
    private static readonly TimeSpan P99Bound = TimeSpan.FromMilliseconds(250);

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_tree_is_read_within_250_ms_at_p99_while_a_run_at_the_maximum_of_paths_computes()
    {
        await _server.StartupRunCompleted();
        // The whole catalog from its 2023 figures: every pair simulated over the plan's last years, a million paths each.
        var scenario = new Scenario("maximal-run", "a run at the maximum of paths", 11, ScenarioLimits.MaxPaths, 2023, null, [], new ScenarioThresholds(), [], [], []);
        using var posted = await _server.Writer.PostAsync("/api/runs", new StringContent(JsonSerializer.Serialize(scenario, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"));
        posted.EnsureSuccessStatusCode();
        var location = posted.Headers.Location!.ToString();

        // The run's own progress, polled beside the reads: the window in which it was computing.
        var clock = Stopwatch.StartNew();
        var statuses = new List<(TimeSpan At, RunStatus Status)>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var polling = Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = new Uri(_server.Address), Timeout = TimeSpan.FromSeconds(30) };
            while (true)
            {
                var status = (await http.GetFromJsonAsync<RunStatus>(location, stop.Token))!;
                lock (statuses)
                    statuses.Add((clock.Elapsed, status));
                if (status.State is "completed" or "failed")
                    return status;
                await Task.Delay(200, stop.Token);
            }
        });

        var reads = new List<(TimeSpan Started, TimeSpan Ended)>();
        var paths = new[] { "/api/tree", "/api/tree?scenario=maximal-run" };
        for (var i = 0; !polling.IsCompleted; i++)
        {
            var started = clock.Elapsed;
            using (var response = await _server.Http.GetAsync(paths[i % paths.Length], stop.Token))
            {
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync(stop.Token);
            }

            reads.Add((started, clock.Elapsed));
            // A quiet machine computes the whole run in about 6 s: reads close together to sample it 200 times and more.
            await Task.Delay(5, stop.Token);
        }

        var final = await polling;
        Assert.Equal("completed", final.State);
        // Only reads that ended before the run was last seen computing count: each overlapped the run's compute.
        var lastComputing = statuses.Last(s => s.Status.State == "running" && s.Status.PairsDone < s.Status.PairsTotal).At;
        var during = reads.Where(r => r.Ended <= lastComputing).Select(r => r.Ended - r.Started).Order().ToList();
        var p99 = during.Count == 0 ? TimeSpan.Zero : during[(int)Math.Ceiling(during.Count * 0.99) - 1];
        output.WriteLine($"{during.Count} tree reads during {lastComputing.TotalSeconds:F1} s of compute ({reads.Count} in all): p50 {Ms(during[during.Count / 2])}, p99 {Ms(p99)}, max {Ms(during[^1])}");

        Assert.True(during.Count >= SamplesWanted, $"only {during.Count} reads overlapped the run's compute; wanted {SamplesWanted}");
        Assert.True(p99 < P99Bound, $"p99 of GET /api/tree during the run was {Ms(p99)} (bound {Ms(P99Bound)}); slowest: {string.Join(", ", during.TakeLast(5).Select(Ms))}");
    }

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:F0} ms";
}
