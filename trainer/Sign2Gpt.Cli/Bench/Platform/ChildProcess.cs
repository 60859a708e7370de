using System.Diagnostics;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>
/// A process of the platform under test: its output goes to a log file (read when it fails), it is ready once a
/// line containing a marker appears, and disposing it kills it with its children, whatever state the bench is in.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _readyMarker;
    private bool _closed;

    private ChildProcess(string name, Process process, string logPath, string? readyMarker)
    {
        Name = name;
        _process = process;
        LogPath = logPath;
        _readyMarker = readyMarker;
        _log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <param name="readyMarker">Text of the output line that says the process is ready; null when readiness is
    /// checked otherwise (a port that answers).</param>
    public static ChildProcess Start(
        string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, string logPath, string? readyMarker)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, logPath, readyMarker);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child._ready.TrySetException(new InvalidOperationException($"{name} exited before it was ready; see {logPath}:\n{child.Tail()}"));
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name} ({fileName}) did not start.");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the ready marker; fails when the process exits first or the time runs out.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:0} s; see {LogPath}:\n{Tail()}");
        }
    }

    /// <summary>The last lines of the log, for an error message.</summary>
    public string Tail(int lines = 8)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _log.Flush();
            }
        }

        using var reader = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var text = new StreamReader(reader);
        return string.Join('\n', text.ReadToEnd().Split('\n').TakeLast(lines + 1)).TrimEnd();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        lock (_gate)
        {
            _closed = true;
            _log.Dispose();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            // Output arriving while disposing has nowhere to go, and nobody reads it any more.
            if (!_closed)
            {
                _log.WriteLine(line);
            }
        }

        if (_readyMarker is not null && line.Contains(_readyMarker, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    /// <summary>For processes whose readiness is checked from outside.</summary>
    public void MarkReady() => _ready.TrySetResult();
}
