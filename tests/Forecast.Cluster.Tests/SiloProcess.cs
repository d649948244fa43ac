using System.Diagnostics;

namespace Forecast.Cluster.Tests;

/// <summary>
/// One real silo: the built Forecast.Server in its own process, configured only through the
/// <c>Forecast__Cluster__*</c> environment variables docker-compose.yml sets, on loopback ports of its own.
/// </summary>
public sealed class SiloProcess(string name, IReadOnlyDictionary<string, string> settings, int httpPort, string logFolder) : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private Process? _process;

    public string Name { get; } = name;

    public int HttpPort { get; } = httpPort;

    public IReadOnlyDictionary<string, string> Settings { get; } = settings;

    public string LogPath => Path.Combine(logFolder, Name + ".log");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Process id while running; 0 otherwise.</summary>
    public int ProcessId => _process is { HasExited: false } p ? p.Id : 0;

    /// <summary>The server assembly the test project's build copied next to the tests.</summary>
    public static string ServerAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "Forecast.Server.dll");

    public void Start()
    {
        if (IsRunning)
            throw new InvalidOperationException($"{Name} is running already.");
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = logFolder,
        };
        info.ArgumentList.Add(ServerAssembly);
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{HttpPort}");
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        info.Environment["Logging__LogLevel__Forecast.Grains.Pairs.CatalogSeeding"] = "Information";
        info.Environment["Logging__LogLevel__Forecast.Grains.Runs.SiloRehearsal"] = "Information";
        // A failure's timeline is read across four logs and the test's own output: every line says when, in UTC.
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        info.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        foreach (var (key, value) in Settings)
            info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {Name}");
        var log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        log.WriteLine($"---- {Name} pid {process.Id} started {DateTimeOffset.UtcNow:O}");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => Write(log, $"---- exited {DateTimeOffset.UtcNow:O}");
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>Waits until the server answers its health check, which it does only after its silo has joined.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (!IsRunning)
                throw new InvalidOperationException($"{Name} exited with {_process?.ExitCode}; log:\n{Tail()}");
            try
            {
                using var response = await Http.GetAsync($"http://127.0.0.1:{HttpPort}/health");
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} not healthy after {timeout}; log:\n{Tail()}");
    }

    /// <summary>kill -9: no shutdown, no goodbye to the membership table.</summary>
    public void Kill()
    {
        if (_process is null)
            return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, as docker stop sends: the silo leaves the cluster gracefully.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
            return;
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        _process = null;
    }

    public string Tail(int lines = 40) =>
        File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(lines)) : "(no log)";

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (Exception)
        {
            Kill();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
