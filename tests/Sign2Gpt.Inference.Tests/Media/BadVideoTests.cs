using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Inference.Tests.Media;

[Collection(FfmpegProcessCollection.Name)]
public sealed class BadVideoTests
{
    [Fact]
    public async Task Text_file_is_unreadable()
    {
        var path = Path.Combine(TestData.TempDirectory(), "notes.mp4");
        await File.WriteAllTextAsync(path, "this is not a video");

        var error = await DecodeFailure(path);

        Assert.Equal(VideoErrorKind.Unreadable, error.Kind);
        Assert.Contains("notes.mp4", error.Message);
    }

    [Fact]
    public async Task Empty_file_is_unreadable()
    {
        var path = Path.Combine(TestData.TempDirectory(), "empty.webm");
        await File.WriteAllBytesAsync(path, []);

        Assert.Equal(VideoErrorKind.Unreadable, (await DecodeFailure(path)).Kind);
    }

    [Fact]
    public async Task Truncated_file_is_reported_as_truncated()
    {
        var path = Path.Combine(TestData.TempDirectory(), "cut.mp4");
        var bytes = await File.ReadAllBytesAsync(TestData.RealSignerVideo);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length * 4 / 10)]);

        var error = await DecodeFailure(path);

        Assert.Equal(VideoErrorKind.Truncated, error.Kind);
        Assert.Empty(TestData.FfmpegChildrenOfThisProcess());
    }

    [Fact]
    public async Task Audio_only_file_has_no_video_stream()
    {
        var path = Path.Combine(TestData.TempDirectory(), "voice.m4a");
        TestData.Ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=0.5", path);

        Assert.Equal(VideoErrorKind.NoVideoStream, (await DecodeFailure(path)).Kind);
    }

    [Fact]
    public async Task Resolution_beyond_the_limit_is_refused_before_decoding()
    {
        var error = await DecodeFailure(TestData.RealSignerVideo, o => o.MaxSide = 640);

        Assert.Equal(VideoErrorKind.TooLarge, error.Kind);
        Assert.Contains("540x720", error.Message);
    }

    [Fact]
    public async Task Video_longer_than_the_limit_is_refused()
    {
        var error = await DecodeFailure(TestData.RealSignerVideo, o => o.MaxDuration = TimeSpan.FromSeconds(1));

        Assert.Equal(VideoErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public async Task Missing_file_names_the_path()
    {
        var error = await DecodeFailure("/nonexistent/clip.mp4");

        Assert.Contains("/nonexistent/clip.mp4", error.Message);
    }

    [Fact]
    public async Task Folder_without_frames_has_no_frames()
    {
        Assert.Equal(VideoErrorKind.NoFrames, (await DecodeFailure(TestData.TempDirectory())).Kind);
    }

    [Fact]
    public async Task Missing_ffmpeg_is_a_clear_error()
    {
        var error = await DecodeFailure(TestData.RealSignerVideo, o => o.FfprobePath = "/nonexistent/ffprobe");

        Assert.Equal(VideoErrorKind.ToolMissing, error.Kind);
        Assert.Contains("apt-get install", error.Message);
    }

    [Fact]
    public async Task A_source_that_never_delivers_times_out_and_leaves_no_process()
    {
        var fifo = Path.Combine(TestData.TempDirectory(), "stalled.mp4");
        Assert.Equal(0, Mkfifo(fifo));

        var error = await DecodeFailure(fifo, o => o.StallTimeout = TimeSpan.FromSeconds(1));

        Assert.Equal(VideoErrorKind.TimedOut, error.Kind);
        Assert.Empty(TestData.FfmpegChildrenOfThisProcess());
    }

    [Theory]
    [InlineData("[h264 @ 0x1] Decoder (codec av1) not found for input stream #0:0", VideoErrorKind.UnsupportedCodec)]
    [InlineData("[mov @ 0x1] stream 0, offset 0x26471: partial file", VideoErrorKind.Truncated)]
    [InlineData("clip.mp4: Invalid data found when processing input", VideoErrorKind.Unreadable)]
    public void Ffmpeg_messages_map_to_error_kinds(string stderr, VideoErrorKind expected)
    {
        Assert.Equal(expected, FfmpegDiagnostics.Classify(stderr, "clip").Kind);
    }

    private static async Task<VideoDecodeException> DecodeFailure(string path, Action<VideoDecoderOptions>? configure = null) =>
        await Assert.ThrowsAsync<VideoDecodeException>(() =>
            TestData.Decoder(configure).DecodeAllAsync(path, FrameGeometry.Evaluation, FrameSelection.Evaluation, CancellationToken.None));

    private static int Mkfifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", path);
        process.WaitForExit();
        return process.ExitCode;
    }
}
