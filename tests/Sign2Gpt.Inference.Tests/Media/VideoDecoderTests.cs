using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Inference.Tests.Media;

[Collection(FfmpegProcessCollection.Name)]
public sealed class VideoDecoderTests
{
    [Fact]
    public async Task Real_signer_video_yields_29_evaluation_frames_of_224x224()
    {
        var video = await TestData.Decoder().DecodeAllAsync(TestData.RealSignerVideo, FrameGeometry.Evaluation, FrameSelection.Evaluation, CancellationToken.None);

        Assert.Equal(29, video.Frames.Count);
        Assert.All(video.Frames, f => Assert.Equal((224, 224, 224 * 224 * 3), (f.Width, f.Height, f.Pixels.Length)));
        Assert.Equal(Enumerable.Range(0, 29).Select(i => i * 2), video.Frames.Select(f => f.Index));
        Assert.Equal(29.9, video.Info.Fps, 1);
    }

    [Fact]
    public async Task Probe_reports_portrait_size_codec_and_frame_count()
    {
        var info = await new VideoProbe(TestData.Options()).ProbeAsync(TestData.RealSignerVideo, CancellationToken.None);

        Assert.Equal((540, 720, "h264", 58), (info.Width, info.Height, info.Codec, info.FrameCount));
    }

    [Fact]
    public async Task Shorter_side_resize_keeps_the_aspect_ratio_of_portrait_video()
    {
        var video = await TestData.Decoder().DecodeAllAsync(TestData.RealSignerVideo, FrameGeometry.ShorterSide(224), FrameSelection.All, CancellationToken.None);

        Assert.Equal(58, video.Frames.Count);
        Assert.Equal((224, 298), (video.Frames[0].Width, video.Frames[0].Height));
    }

    [Fact]
    public async Task Centre_crop_takes_the_middle_of_a_landscape_frame()
    {
        var directory = TestData.TempDirectory();
        var path = Path.Combine(directory, "landscape.mp4");
        // Left third red, middle third green, right third blue: the centre crop must be green only.
        TestData.Ffmpeg("-f", "lavfi", "-i", "color=red:s=96x32:d=0.2,format=rgb24", "-f", "lavfi", "-i", "color=lime:s=96x32:d=0.2,format=rgb24",
            "-f", "lavfi", "-i", "color=blue:s=96x32:d=0.2,format=rgb24",
            "-filter_complex", "[0][1][2]hstack=3,scale=288:96", "-c:v", "libx264", "-pix_fmt", "yuv444p", "-crf", "0", path);

        var video = await TestData.Decoder().DecodeAllAsync(path, FrameGeometry.SquareCrop(32), FrameSelection.All, CancellationToken.None);

        var frame = video.Frames[0];
        var middle = frame.Pixels.AsSpan(((16 * 32) + 16) * 3, 3).ToArray();
        Assert.True(middle[1] > 200 && middle[0] < 60 && middle[2] < 60, $"centre pixel was {string.Join(',', middle)}");
        var corner = frame.Pixels.AsSpan(0, 3).ToArray();
        Assert.True(corner[1] > 200, "the crop must not reach the red third");
    }

    [Fact]
    public async Task Frame_folder_is_decoded_in_numeric_order()
    {
        var directory = TestData.TempDirectory();
        TestData.Ffmpeg("-i", TestData.RealSignerVideo, "-vf", "scale=210:260", Path.Combine(directory, "images%d.png"));

        var folder = await TestData.Decoder().DecodeAllAsync(directory, FrameGeometry.Native, FrameSelection.All, CancellationToken.None);

        Assert.Equal(58, folder.Frames.Count);
        Assert.Equal((210, 260), (folder.Frames[0].Width, folder.Frames[0].Height));
        Assert.Equal(25.0, folder.Info.Fps);
        // images10.png must follow images9.png: frame 9 (0-based) is closer to frame 8 than to frame 1.
        Assert.True(Distance(folder.Frames[9], folder.Frames[8]) < Distance(folder.Frames[9], folder.Frames[1]));
    }

    [Fact]
    public async Task Jpeg_frame_folder_decodes()
    {
        var directory = TestData.TempDirectory();
        TestData.Ffmpeg("-i", TestData.RealSignerVideo, "-frames:v", "6", "-vf", "scale=128:128", Path.Combine(directory, "%06d.jpg"));

        var folder = await TestData.Decoder().DecodeAllAsync(directory, FrameGeometry.Evaluation, FrameSelection.Evaluation, CancellationToken.None);

        Assert.Equal(3, folder.Frames.Count);
        Assert.Equal("mjpeg", folder.Info.Codec);
    }

    [Fact]
    public async Task Stopping_early_leaves_no_ffmpeg_process_behind()
    {
        await foreach (var frame in TestData.Decoder().DecodeAsync(
            TestData.RealSignerVideo,
            await TestData.Decoder().InspectAsync(TestData.RealSignerVideo, CancellationToken.None),
            FrameGeometry.Native,
            FrameSelection.All,
            CancellationToken.None))
        {
            Assert.Equal(0, frame.Index);
            break;
        }

        Assert.Empty(TestData.FfmpegChildrenOfThisProcess());
    }

    [Fact]
    public async Task Cancellation_stops_the_decode_and_its_process()
    {
        using var cancellation = new CancellationTokenSource();
        var decoder = TestData.Decoder();
        var info = await decoder.InspectAsync(TestData.RealSignerVideo, CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in decoder.DecodeAsync(TestData.RealSignerVideo, info, FrameGeometry.Native, FrameSelection.All, cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });
        Assert.Empty(TestData.FfmpegChildrenOfThisProcess());
    }

    private static double Distance(RgbFrame a, RgbFrame b)
    {
        double sum = 0;
        for (var i = 0; i < a.Pixels.Length; i++)
        {
            sum += Math.Abs(a.Pixels[i] - b.Pixels[i]);
        }

        return sum;
    }
}
