using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sign2Gpt.Client;

/// <summary>
/// Turns any video ffmpeg can read into the chunks a phone would upload: ffmpeg re-encodes it as a fragmented MP4
/// (H.264, a keyframe a second, moov first and empty) on a pipe, and the bytes are handed on as they come. A phone's
/// encoder writes exactly this kind of stream while it records, which is why the server reads "container" chunks as
/// byte ranges of one growing file rather than as files of their own.
/// </summary>
/// <param name="input">A path or URL ffmpeg can open.</param>
public sealed class VideoSegmenter(string input) : IDisposable
{
    /// <summary>The frame rate reported when the probe tells nothing (no stream, "0/0").</summary>
    public const double DefaultFps = 25;

    private readonly Lock _gate = new();
    private readonly HashSet<Process> _running = [];
    private bool _disposed;

    public string Input { get; } = input;

    /// <summary>Largest chunk yielded; the server refuses chunks over its own limit (2 MiB by default).</summary>
    public int ChunkBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// Read the input at its own frame rate (ffmpeg's <c>-re</c>), as a camera delivers it, so that the server sees
    /// a live stream. Off: as fast as ffmpeg encodes, and chunks are filled to <see cref="ChunkBytes"/>.
    /// </summary>
    public bool Paced { get; init; } = true;

    public string FfmpegPath { get; init; } = "ffmpeg";

    public string FfprobePath { get; init; } = "ffprobe";

    /// <summary>The input's average frame rate, which a session is opened with; <see cref="DefaultFps"/> when unknown.</summary>
    public async Task<double> ProbeFpsAsync(CancellationToken cancellationToken = default)
    {
        string[] arguments =
        [
            "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=avg_frame_rate", "-of", "csv=p=0", Input,
        ];
        using var process = Start(FfprobePath, arguments);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidDataException($"ffprobe cannot read '{Input}': {LastLine(await errors)}");
            }

            return ParseRate(await output) ?? DefaultFps;
        }
        finally
        {
            Stop(process);
        }
    }

    /// <summary>
    /// The encoded stream in chunks of at most <see cref="ChunkBytes"/>. Ending the enumeration early, cancelling it
    /// or disposing the segmenter kills ffmpeg: a client that gave up must not leave an encoder running.
    /// </summary>
    /// <exception cref="InvalidDataException">ffmpeg failed, e.g. because the input is not a video.</exception>
    public async IAsyncEnumerable<byte[]> ReadChunksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkBytes, 1);
        using var process = Start(FfmpegPath, FfmpegArguments());
        // A pipe read does not always notice cancellation; killing ffmpeg closes the pipe and ends the read at once.
        using var killOnCancel = cancellationToken.Register(() => Stop(process));
        // Drained all along: ffmpeg blocks once a full stderr pipe is left unread, and its last words explain a failure.
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            var stdout = process.StandardOutput.BaseStream;
            var buffer = new byte[ChunkBytes];
            while (true)
            {
                // Paced, a chunk is what ffmpeg has written so far (about a fragment a second), so the server sees
                // the video as soon as it exists. Unpaced, nobody waits on latency: full chunks mean fewer requests.
                var read = Paced
                    ? await stdout.ReadAsync(buffer, cancellationToken)
                    : await stdout.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                if (read == 0)
                {
                    break;
                }

                yield return buffer.AsSpan(0, read).ToArray();
            }

            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidDataException($"ffmpeg cannot encode '{Input}' (exit {process.ExitCode}): {LastLine(await errors)}");
            }
        }
        finally
        {
            Stop(process);
        }
    }

    /// <summary>Kills every ffmpeg this segmenter still runs.</summary>
    public void Dispose()
    {
        Process[] running;
        lock (_gate)
        {
            _disposed = true;
            running = [.. _running];
        }

        foreach (var process in running)
        {
            Stop(process);
        }
    }

    /// <summary>The command line of the task: the same stream every phone client is expected to produce.</summary>
    internal IReadOnlyList<string> FfmpegArguments()
    {
        List<string> arguments = ["-hide_banner", "-loglevel", "error"];
        if (Paced)
        {
            arguments.Add("-re");
        }

        arguments.AddRange(
        [
            "-i", Input, "-an",
            "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-g", "25", "-pix_fmt", "yuv420p",
            // Fragmented, moov first and empty: the file can be decoded while it is still being written.
            "-f", "mp4", "-movflags", "frag_keyframe+empty_moov+default_base_moof",
            "pipe:1",
        ]);
        return arguments;
    }

    /// <summary>"25/1", "30000/1001" or "25" as frames per second; null for "0/0", "N/A" or nothing.</summary>
    internal static double? ParseRate(string probeOutput)
    {
        var line = probeOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault()?.TrimEnd(',');
        if (string.IsNullOrEmpty(line))
        {
            return null;
        }

        var parts = line.Split('/');
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator))
        {
            return null;
        }

        var denominator = 1d;
        if (parts.Length > 1 && !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out denominator))
        {
            return null;
        }

        var rate = numerator / denominator;
        return double.IsFinite(rate) && rate > 0 ? rate : null;
    }

    private Process Start(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // ffmpeg reads stdin for interactive keys ('q'); a closed stdin keeps it from stealing the console's.
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        process.StandardInput.Close();
        lock (_gate)
        {
            _running.Add(process);
        }

        return process;
    }

    private void Stop(Process process)
    {
        lock (_gate)
        {
            _running.Remove(process);
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill, or was already disposed: nothing left to stop.
        }
    }

    /// <summary>ffmpeg's last word on a failure, without the input's name it starts with (the message names it).</summary>
    private string LastLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
        return line.StartsWith(Input + ": ", StringComparison.Ordinal) ? line[(Input.Length + 2)..] : line;
    }
}
