using System.Diagnostics;
using System.Globalization;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

/// <summary>
/// The built Sign2Gpt.Silo run as its own OS process (<c>dotnet Sign2Gpt.Silo.dll</c>, as <c>./sign2gpt up</c> runs
/// it), which can be killed like a lost machine and started again on the same ports. Everything it writes goes to one
/// log file across restarts. It never outlives the test process: it is killed on dispose, and by
/// <see cref="ChildProcess"/>'s watchdog when the test process ends without disposing it.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly SiloProcessOptions _options;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private Process? _process;

    public SiloProcess(SiloProcessOptions options)
    {
        _options = options;
        System.IO.Directory.CreateDirectory(options.Directory);
        LogPath = Path.Combine(options.Directory, $"{options.Name}.log");
        _log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
    }

    /// <summary>The silo built next to this test assembly: the same configuration and output layout, in the silo project.</summary>
    public static string Assembly { get; } = FindSiloAssembly();

    public string Name => _options.Name;

    public int SiloPort => _options.SiloPort;

    public int GatewayPort => _options.GatewayPort;

    public string LogPath { get; }

    public void Start()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        _process?.Dispose();
        var start = ChildProcess.StartInfo("dotnet", Assembly);
        start.WorkingDirectory = _options.Directory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var configuration = new Dictionary<string, string>(_options.Configuration)
        {
            ["Orleans:SiloPort"] = SiloPort.ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
        };
        foreach (var (key, value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        Write($"=== {Name} starting at {DateTimeOffset.UtcNow:O}: dotnet {Assembly}");
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>SIGKILL to the silo, as a power cut would: no graceful leave, its membership entry stays behind.</summary>
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

    /// <summary>Fails with the end of the log when the silo stopped by itself: waiting for it would be in vain.</summary>
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

    private static string FindSiloAssembly()
    {
        var testOutput = AppContext.BaseDirectory;
        for (var folder = new DirectoryInfo(testOutput); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sign2Gpt.Platform.sln")))
            {
                // This project references the silo project, so building the tests built the silo into its own output
                // folder; the copy beside the tests cannot run (its runtimeconfig lacks the frameworks the silo needs).
                var outputLayout = Path.GetRelativePath(Path.Combine(folder.FullName, "tests", "Sign2Gpt.Platform.Tests"), testOutput);
                var silo = Path.GetFullPath(Path.Combine(folder.FullName, "silo", "Sign2Gpt.Silo", outputLayout, "Sign2Gpt.Silo.dll"));
                return File.Exists(silo)
                    ? silo
                    : throw new FileNotFoundException($"The silo is not built at {silo}; build the test project, which builds it.", silo);
            }
        }

        throw new DirectoryNotFoundException($"No Sign2Gpt.Platform.sln above {testOutput}: the silo's build output cannot be found.");
    }
}
