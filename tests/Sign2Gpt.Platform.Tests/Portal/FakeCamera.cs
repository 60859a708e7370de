using Sign2Gpt.Platform.Tests.Infrastructure;
using Sign2Gpt.Web.Portal.Translate;

namespace Sign2Gpt.Platform.Tests.Portal;

/// <summary>
/// The demo video's signer as Chromium's camera: with these arguments Chromium grants camera access without asking
/// and plays a Y4M file, over and over, as the only camera.
/// </summary>
public static class FakeCamera
{
    public const string VideoFile = "signer.y4m";

    public static async Task<IReadOnlyList<string>> BrowserArgumentsAsync(string directory)
    {
        var video = Path.Combine(directory, VideoFile);
        await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-i", DemoVideo.Path, "-pix_fmt", "yuv420p", "-f", "yuv4mpegpipe", video], CancellationToken.None);
        return ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", $"--use-file-for-fake-video-capture={video}"];
    }

    /// <summary>The demo video as a browser's MediaRecorder would send it: VP8 in a WebM stream.</summary>
    public static async Task<byte[]> RecordedWebMAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sign2gpt-camera-{Guid.NewGuid():N}.webm");
        try
        {
            await MediaTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-i", DemoVideo.Path, "-an", "-c:v", "libvpx", "-b:v", "1M", "-f", "webm", path], CancellationToken.None);
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
