using System.Diagnostics;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>A video played over and over up to a length (ffmpeg stream copy): live streams longer than the sample.</summary>
internal static class LoopedVideo
{
    public static async Task<string> CreateAsync(string video, double seconds, string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, $"looped-{Math.Round(seconds)}s.mp4");
        using var process = Process.Start(new ProcessStartInfo(
            "ffmpeg",
            ["-hide_banner", "-loglevel", "error", "-y", "-stream_loop", "-1", "-i", video, "-t", seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), "-an", "-c", "copy", path])
        {
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("ffmpeg did not start.");
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return process.ExitCode == 0
            ? path
            : throw new InvalidDataException($"ffmpeg could not loop '{video}': {(await errors).Trim()}");
    }
}
