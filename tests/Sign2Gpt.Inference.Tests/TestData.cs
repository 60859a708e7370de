using System.Diagnostics;
using Microsoft.Extensions.Options;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Inference.Tests;

/// <summary>Paths to shared test inputs and a few fixture makers that use the ffmpeg CLI directly.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The real signer video from shared/ (58 frames, 540x720 portrait, H.264).</summary>
    public static string RealSignerVideo { get; } = Path.Combine(RepositoryRoot, "..", "shared", "data", "real", "signer_webcam_58f.mp4");

    public static IOptions<VideoDecoderOptions> Options(Action<VideoDecoderOptions>? configure = null)
    {
        var options = new VideoDecoderOptions();
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public static VideoDecoder Decoder(Action<VideoDecoderOptions>? configure = null)
    {
        var options = Options(configure);
        return new VideoDecoder(options, new VideoProbe(options));
    }

    /// <summary>A new folder under this test process's own temporary root, which goes when the process ends.</summary>
    public static string TempDirectory() => Directory.CreateDirectory(Path.Combine(ProcessTempRoot.Value, Guid.NewGuid().ToString("N"))).FullName;

    private static readonly Lazy<string> ProcessTempRoot = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("sign2gpt-inference-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);
        return root;
    });

    /// <summary>Runs the ffmpeg CLI to make a fixture; fails the test with ffmpeg's own words if it cannot.</summary>
    public static void Ffmpeg(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-hide_banner", "-loglevel", "error", "-y", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ffmpeg fixture failed: {stderr}");
    }

    public static int[] FfmpegChildrenOfThisProcess()
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Where(pid => ReadOrEmpty($"/proc/{pid}/comm").Trim() is "ffmpeg" or "ffprobe")
            .Where(pid => ReadOrEmpty($"/proc/{pid}/stat").Split(' ') is { Length: > 3 } fields && fields[3] == self)
            .Select(int.Parse!)
            .ToArray();
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sign2Gpt.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
