using System.Diagnostics;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// One of the platform's built apps run as its own OS process (<c>dotnet App.dll</c>, as <c>./sign2gpt up</c> runs
/// it), which can be killed like a lost machine and started again. Everything it writes goes to one log file across
/// restarts. It never outlives the test process: it is killed on dispose, and by <see cref="ChildProcess"/>'s
/// watchdog when the test process ends without disposing it.
/// </summary>
/// <param name="configuration">Settings as the app reads them ("Section:Key"), passed as environment variables.</param>
/// <param name="directory">Working directory and log folder; it holds no appsettings.json, so only
/// <paramref name="configuration"/> and the app's defaults apply, as under ./sign2gpt up.</param>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly string _assembly;
    private readonly string _directory;
    private readonly IReadOnlyDictionary<string, string> _configuration;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private Process? _process;

    public AppProcess(string name, string assembly, string directory, IReadOnlyDictionary<string, string> configuration)
    {
        Name = name;
        _assembly = assembly;
        _directory = directory;
        _configuration = configuration;
        Directory.CreateDirectory(directory);
        LogPath = Path.Combine(directory, $"{name}.log");
        _log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
    }

    public string Name { get; }

    public string LogPath { get; }

    public void Start()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        _process?.Dispose();
        var start = ChildProcess.StartInfo("dotnet", _assembly);
        start.WorkingDirectory = _directory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var configuration = new Dictionary<string, string>(_configuration)
        {
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
        };
        foreach (var (key, value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        Write($"=== {Name} starting at {DateTimeOffset.UtcNow:O}: dotnet {_assembly}");
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>SIGKILL, as a power cut would: nothing is shut down gracefully.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        Write($"=== {Name} killed at {DateTimeOffset.UtcNow:O}");
        process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod: the app shuts down gracefully (a silo hands its grains over).</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process is not { } process)
        {
            return;
        }

        // The app runs under ChildProcess's watchdog bash beside the watchdog's own subshell. The app gets the signal;
        // the subshell is killed once the app is gone, since it holds the log pipes open and would never end by itself.
        var children = ChildrenOf(process.Id);
        var app = children.SingleOrDefault(pid => ReadComm(pid) == "dotnet");
        if (!process.HasExited && app != 0)
        {
            using var signal = Process.Start(ChildProcess.StartInfo("kill", "-TERM", app.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            await signal.WaitForExitAsync();
            var deadline = DateTime.UtcNow + timeout;
            while (!process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        foreach (var watchdog in children.Where(pid => pid != app))
        {
            try
            {
                using var leftover = Process.GetProcessById(watchdog);
                leftover.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        await process.WaitForExitAsync();
        Write($"=== {Name} stopped at {DateTimeOffset.UtcNow:O} (exit code {process.ExitCode})");
        process.Dispose();
        _process = null;
    }

    /// <summary>Fails with the end of the log when the app stopped by itself: waiting for it would be in vain.</summary>
    public void ThrowIfExited()
    {
        if (_process is { HasExited: true } process)
        {
            throw new InvalidOperationException($"{Name} exited with code {process.ExitCode}. {LogTail()}");
        }
    }

    /// <summary>The last lines of the log, to put into a failure message.</summary>
    public string LogTail(int lines = 30)
    {
        string[] all;
        lock (_logGate)
        {
            using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            all = reader.ReadToEnd().Split('\n');
        }

        return $"Last lines of {LogPath}:{Environment.NewLine}{string.Join(Environment.NewLine, all.TakeLast(lines))}";
    }

    private static int[] ChildrenOf(int pid)
    {
        var path = $"/proc/{pid}/task/{pid}/children";
        return File.Exists(path)
            ? [.. File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))]
            : [];
    }

    private static string ReadComm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>
    /// The app's build output: this test project references every app, so building the tests built each into its own
    /// output folder; the copy beside the tests cannot run (its runtimeconfig lacks the frameworks the app needs).
    /// </summary>
    /// <param name="project">The project folder relative to the repository root, e.g. "silo/Sign2Gpt.Silo".</param>
    public static string BuiltAssembly(string project)
    {
        var testOutput = AppContext.BaseDirectory;
        for (var folder = new DirectoryInfo(testOutput); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sign2Gpt.Platform.sln")))
            {
                var outputLayout = Path.GetRelativePath(Path.Combine(folder.FullName, "tests", "Sign2Gpt.Platform.Tests"), testOutput);
                var assembly = Path.GetFullPath(Path.Combine(folder.FullName, project, outputLayout, Path.GetFileName(project) + ".dll"));
                return File.Exists(assembly)
                    ? assembly
                    : throw new FileNotFoundException($"{project} is not built at {assembly}; build the test project, which builds it.", assembly);
            }
        }

        throw new DirectoryNotFoundException($"No Sign2Gpt.Platform.sln above {testOutput}: the apps' build output cannot be found.");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        lock (_logGate)
        {
            _log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            _log.WriteLine(line);
        }
    }
}
