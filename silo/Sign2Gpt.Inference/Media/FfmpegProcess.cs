using System.ComponentModel;
using System.Diagnostics;

namespace Sign2Gpt.Inference.Media;

/// <summary>
/// One ffmpeg/ffprobe child process with piped stdin/stdout. Disposing always kills it and its
/// children, so no decode can leave an orphan behind, whatever the caller's outcome.
/// </summary>
internal sealed class FfmpegProcess : IAsyncDisposable
{
    private const int StderrLinesKept = 40;

    private readonly Process _process;
    private readonly Queue<string> _stderr = new();
    private readonly Task _stderrPump;

    private FfmpegProcess(Process process)
    {
        _process = process;
        _stderrPump = PumpStderrAsync();
    }

    public Stream Stdin => _process.StandardInput.BaseStream;

    public Stream Stdout => _process.StandardOutput.BaseStream;

    public static FfmpegProcess Start(string executable, IEnumerable<string> arguments, bool withStdin)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = withStdin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            return new FfmpegProcess(Process.Start(info)
                ?? throw new VideoDecodeException(VideoErrorKind.ToolMissing, $"{executable} could not be started."));
        }
        catch (Win32Exception e)
        {
            throw new VideoDecodeException(
                VideoErrorKind.ToolMissing,
                $"{executable} is not installed or not on PATH (install it with 'apt-get install -y ffmpeg').",
                e);
        }
    }

    /// <summary>Waits for exit and returns the exit code, with stderr fully read.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        await _stderrPump.WaitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public string StderrTail()
    {
        lock (_stderr)
        {
            return string.Join('\n', _stderr);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone between the check and the kill.
        }

        try
        {
            await _stderrPump;
        }
        catch (IOException)
        {
            // The pipe broke because we killed the process; its stderr no longer matters.
        }

        _process.Dispose();
    }

    private async Task PumpStderrAsync()
    {
        string? line;
        while ((line = await _process.StandardError.ReadLineAsync()) is not null)
        {
            lock (_stderr)
            {
                if (_stderr.Count == StderrLinesKept)
                {
                    _stderr.Dequeue();
                }

                _stderr.Enqueue(line);
            }
        }
    }
}
