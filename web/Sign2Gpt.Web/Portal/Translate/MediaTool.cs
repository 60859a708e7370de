using System.Diagnostics;

namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>Runs ffmpeg or ffprobe for the portal, under a deadline: a stuck tool is killed, never left behind.</summary>
public static class MediaTool
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <returns>What the tool wrote to standard output.</returns>
    /// <exception cref="MediaToolException">The tool exited with an error.</exception>
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            if (process.ExitCode != 0)
            {
                var why = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
                throw new MediaToolException(why ?? $"{tool} failed");
            }

            return await output;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
