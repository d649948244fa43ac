using System.Diagnostics;
using Npgsql;

namespace Forecast.Testing;

/// <summary>
/// Debian's PostgreSQL, started for the cluster tests and the cluster benchmark (linked into each as source): a fresh cluster (initdb) in a temporary folder, listening on
/// 127.0.0.1 at a free port, no Unix socket. Running as root (CI), initdb and postgres run as the <c>postgres</c>
/// user through setpriv, which execs in place so the process id is the postmaster's own.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _binaries;
    private readonly string _folder;
    private readonly bool _asPostgresUser;
    private Process? _postmaster;

    private PostgresServer(string binaries, string folder, int port, bool asPostgresUser)
    {
        _binaries = binaries;
        _folder = folder;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_folder, "data");

    /// <summary>Process id of the running postmaster; 0 when stopped.</summary>
    public int ProcessId => _postmaster is { HasExited: false } p ? p.Id : 0;

    /// <summary>A connection string for database <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = database, Username = "postgres", Timeout = 5 }.ConnectionString;

    public static async Task<PostgresServer> StartAsync()
    {
        var binaries = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        var folder = Directory.CreateTempSubdirectory("forecast-pg-").FullName;
        var server = new PostgresServer(binaries, folder, FreePort.Next(), asPostgresUser);
        if (asPostgresUser)
            await server.Run("chown", ["postgres:postgres", folder], asPostgres: false);
        await server.Run(Path.Combine(binaries, "initdb"), ["-D", server.DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-instructions"], asPostgres: true);
        await server.StartPostmasterAsync();
        return server;
    }

    /// <summary>Starts the postmaster on the same folder and port and waits until it accepts connections.</summary>
    public async Task StartPostmasterAsync()
    {
        if (ProcessId != 0)
            throw new InvalidOperationException("PostgreSQL is already running.");
        var log = Path.Combine(_folder, "postgres.log");
        _postmaster = Launch(Path.Combine(_binaries, "postgres"),
        [
            "-D", DataDirectory, "-p", Port.ToString(), "-h", "127.0.0.1",
            "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "logging_collector=off", "-c", "log_min_messages=warning",
        ], asPostgres: true, redirect: true);
        _postmaster.OutputDataReceived += (_, e) => Append(log, e.Data);
        _postmaster.ErrorDataReceived += (_, e) => Append(log, e.Data);
        _postmaster.BeginOutputReadLine();
        _postmaster.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(30) && !_postmaster.HasExited)
            {
                await Task.Delay(50);
            }
            catch (NpgsqlException e)
            {
                throw new InvalidOperationException($"PostgreSQL did not start on port {Port}: {e.Message}\n{(File.Exists(log) ? File.ReadAllText(log) : "")}");
            }
        }
    }

    /// <summary>Fast shutdown (SIGINT): sessions are disconnected, the data is kept.</summary>
    public async Task StopAsync()
    {
        if (_postmaster is null)
            return;
        if (!_postmaster.HasExited)
        {
            await Run("kill", ["-INT", _postmaster.Id.ToString()], asPostgres: false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _postmaster.WaitForExitAsync(timeout.Token);
        }

        _postmaster.Dispose();
        _postmaster = null;
        // Npgsql's pools still hold sockets to the old server; the test's own pools start afresh.
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var folder = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return folder ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install Debian's postgresql package (bash .ci/setup does).");
    }

    private async Task Run(string program, string[] arguments, bool asPostgres)
    {
        using var process = Launch(program, arguments, asPostgres, redirect: true);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
    }

    private Process Launch(string program, string[] arguments, bool asPostgres, bool redirect)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        if (asPostgres && _asPostgresUser)
        {
            info.FileName = "setpriv";
            foreach (var a in new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", "--", program })
                info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = program;
        }

        foreach (var a in arguments)
            info.ArgumentList.Add(a);
        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
    }

    private static void Append(string path, string? line)
    {
        if (line is null)
            return;
        lock (typeof(PostgresServer))
            File.AppendAllText(path, line + Environment.NewLine);
    }
}
