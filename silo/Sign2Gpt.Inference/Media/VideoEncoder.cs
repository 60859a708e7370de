using System.Globalization;
using Microsoft.Extensions.Options;

namespace Sign2Gpt.Inference.Media;

/// <summary>Encodes RGB frames into a video file with ffmpeg (H.264 in MP4, VP9 in WebM).</summary>
public sealed class VideoEncoder(IOptions<VideoDecoderOptions> options)
{
    private readonly VideoDecoderOptions _options = options.Value;

    public async Task EncodeAsync(IAsyncEnumerable<RgbFrame> frames, string outputPath, double fps, VideoEncoding encoding, CancellationToken cancellationToken)
    {
        var enumerator = frames.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            if (!await enumerator.MoveNextAsync())
            {
                throw new VideoDecodeException(VideoErrorKind.NoFrames, "There are no frames to encode.");
            }

            var first = enumerator.Current;
            await using var process = FfmpegProcess.Start(_options.FfmpegPath, Arguments(first.Width, first.Height, fps, encoding, outputPath), withStdin: true);
            try
            {
                do
                {
                    var frame = enumerator.Current;
                    if (frame.Width != first.Width || frame.Height != first.Height)
                    {
                        throw new ArgumentException($"Frame {frame.Index} is {frame.Width}x{frame.Height}, unlike the first frame's {first.Width}x{first.Height}.", nameof(frames));
                    }

                    await process.Stdin.WriteAsync(frame.Pixels, cancellationToken);
                }
                while (await enumerator.MoveNextAsync());
                process.Stdin.Close();
            }
            catch (IOException e)
            {
                throw new VideoDecodeException(VideoErrorKind.Unreadable, "ffmpeg stopped while encoding: " + process.StderrTail(), e);
            }

            if (await process.WaitForExitAsync(cancellationToken) != 0)
            {
                throw new VideoDecodeException(VideoErrorKind.Unreadable, $"ffmpeg could not encode '{outputPath}': {process.StderrTail()}");
            }
        }
    }

    public Task EncodeAsync(IEnumerable<RgbFrame> frames, string outputPath, double fps, VideoEncoding encoding, CancellationToken cancellationToken) =>
        EncodeAsync(frames.ToAsyncEnumerable(), outputPath, fps, encoding, cancellationToken);

    private static string[] Arguments(int width, int height, double fps, VideoEncoding encoding, string outputPath)
    {
        string[] input =
        [
            "-hide_banner", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{width}x{height}",
            "-r", fps.ToString(CultureInfo.InvariantCulture), "-i", "pipe:0",
        ];
        // yuv420p needs even sides; pad by one pixel rather than fail on odd synthetic sizes.
        string[] common = ["-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-pix_fmt", "yuv420p"];
        string[] codec = encoding switch
        {
            VideoEncoding.WebM => ["-c:v", "libvpx-vp9", "-b:v", "1M", "-deadline", "realtime", "-cpu-used", "8", "-f", "webm"],
            VideoEncoding.FragmentedMp4 => ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-movflags", "frag_keyframe+empty_moov+default_base_moof", "-g", "25", "-f", "mp4"],
            _ => ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-movflags", "+faststart", "-f", "mp4"],
        };
        return [.. input, .. common, .. codec, outputPath];
    }
}
