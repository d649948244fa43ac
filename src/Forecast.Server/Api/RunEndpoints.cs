using System.Text.RegularExpressions;
using Forecast.Contracts;
using Forecast.Scenarios;
using Forecast.Server.Caching;
using Forecast.Server.Security;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Api;

/// <summary>Starting a scenario run and following its progress.</summary>
public static partial class RunEndpoints
{
    public static RouteGroupBuilder MapRunEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/runs", Start)
            .RequireAuthorization(ForecastWriter.Policy)
            .WithName("StartRun")
            .WithSummary("Starts a scenario run (bearer token required): a Scenario as JSON, or a scenario file as YAML (scenarios/README.md). The same scenario content returns the run already made.")
            .Accepts<Scenario>("application/json", "application/yaml")
            .Produces<RunStatus>(StatusCodes.Status202Accepted)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415);
        api.MapGet("/runs/{id}", Progress)
            .WithName("GetRun")
            .WithSummary("A run's progress: its state and pairs done of the total.")
            .Produces<RunStatus>(contentType: "application/json").ProducesProblem(404);
        return api;
    }

    internal static RunStatus StatusOf(RunProgress progress) =>
        new(progress.RunId, State(progress.State), progress.PairsDone, progress.PairsTotal, progress.Error, progress.Phase);

    private static string State(RunState state) => state switch
    {
        RunState.NotStarted => "not-started",
        RunState.Running => "running",
        RunState.Completed => "completed",
        _ => "failed",
    };

    private static async Task<IResult> Start(
        HttpRequest request, IGrainFactory grains, ResourceCache cache, KnownRuns known, ScenarioVocabularySource vocabulary, IOptions<ForecastApiOptions> options, CancellationToken cancellationToken)
    {
        var yaml = IsYaml(request);
        if (!yaml && !PairEndpoints.IsJson(request))
            return Problems.UnsupportedMediaType("a scenario is sent as application/json or application/yaml");
        var (bytes, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (tooLarge is not null)
            return tooLarge;

        Scenario scenario;
        ScenarioFile? file = null;
        if (yaml)
        {
            try
            {
                file = ScenarioReader.Parse(bytes!, "request body", vocabulary.Vocabulary);
            }
            catch (ScenarioFileException e)
            {
                return Problems.BadScenario(e.Errors);
            }

            scenario = file.Scenario;
        }
        else
        {
            var (parsed, invalid) = RequestBody.ParseJson<Scenario>(bytes!);
            if (invalid is not null)
                return invalid;
            scenario = parsed!;
        }

        var runId = ScenarioRuns.RunIdOf(scenario);
        RunProgress progress;
        try
        {
            progress = await grains.GetGrain<IScenarioRunGrain>(runId).Start(scenario);
        }
        catch (ScenarioRejectedException e)
        {
            // A YAML scenario's rejection points at the line of the field; a JSON one at its path.
            return file is not null ? Problems.BadScenario(file.Locate(e).Errors) : Problems.BadRequest(Problems.PathOf(e.Field), e.Message);
        }

        known.Added(runId, scenario.Id);
        cache.Invalidate(CacheKeys.Run(runId));
        return Results.Accepted($"/api/runs/{runId}", StatusOf(progress));
    }

    private static async Task<IResult> Progress(string id, IGrainFactory grains, ResourceCache cache, KnownRuns known)
    {
        // A run the index does not keep would only activate an empty grain, which stayed.
        if (!RunId().IsMatch(id) || !await known.IsRunAsync(id))
            return Problems.NotFound($"no run '{id}'");
        var resource = await cache.GetAsync(CacheKeys.Run(id), (grains, id), static async s =>
            await s.grains.GetGrain<IScenarioRunGrain>(s.id).GetProgress() is { State: not RunState.NotStarted } progress ? ApiJson.Resource(StatusOf(progress)) : null);
        return resource is null ? Problems.NotFound($"no run '{id}'") : new CachedResult(resource);
    }

    private static bool IsYaml(HttpRequest request) =>
        request.ContentType is { } type
        && (type.StartsWith("application/yaml", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/x-yaml", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("text/yaml", StringComparison.OrdinalIgnoreCase));

    // A run id is a SHA-256 in lowercase hex; anything else would only activate an empty grain.
    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex RunId();
}
