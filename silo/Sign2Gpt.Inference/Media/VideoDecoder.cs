using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace Sign2Gpt.Inference.Media;

/// <summary>
/// Decodes whole videos (any container/codec ffmpeg reads: MP4, fragmented MP4, WebM...) and frame
/// folders into RGB frames through ffmpeg process pipes.
/// </summary>
public sealed class VideoDecoder(IOptions<VideoDecoderOptions> options, VideoProbe probe)
{
    private readonly VideoDecoderOptions _options = options.Value;

    /// <summary>Describes a video file or a frame folder, rejecting what exceeds the limits.</summary>
    public async Task<VideoInfo> InspectAsync(string path, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path))
        {
            return await probe.ProbeAsync(path, cancellationToken);
        }

        var (files, codec) = FrameFolder.List(path);
        var first = await probe.ProbeAsync(files[0], cancellationToken);
        var info = new VideoInfo("image2", codec, first.Width, first.Height, FrameFolder.DefaultFps,
            TimeSpan.FromSeconds(files.Count / FrameFolder.DefaultFps), files.Count);
        probe.EnsureWithinLimits(info, path);
        return info;
    }

    public async Task<DecodedVideo> DecodeAllAsync(string path, FrameGeometry geometry, FrameSelection selection, CancellationToken cancellationToken)
    {
        var info = await InspectAsync(path, cancellationToken);
        var frames = new List<RgbFrame>();
        await foreach (var frame in DecodeAsync(path, info, geometry, selection, cancellationToken))
        {
            frames.Add(frame);
        }

        return new DecodedVideo(info, frames);
    }

    public async IAsyncEnumerable<RgbFrame> DecodeAsync(
        string path,
        VideoInfo info,
        FrameGeometry geometry,
        FrameSelection selection,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (width, height) = geometry.OutputSize(info.Width, info.Height);
        var filter = geometry.Filter(info.Width, info.Height);
        var what = $"'{Path.GetFileName(Path.TrimEndingDirectorySeparator(path))}'";
        if (Directory.Exists(path))
        {
            // Frames that the selection drops are never read or decoded: a folder allows skipping them.
            var (files, codec) = FrameFolder.List(path);
            var kept = Enumerable.Range(0, files.Count).Where(selection.Keeps).ToArray();
            await using var process = FfmpegProcess.Start(_options.FfmpegPath, Arguments(["-f", "image2pipe", "-c:v", codec, "-i", "pipe:0"], filter), withStdin: true);
            var feeding = FeedFilesAsync(process, [.. kept.Select(i => files[i])], cancellationToken);
            await foreach (var frame in RawFrameReader.ReadAsync(process, width, height, FrameSelection.All, _options.StallTimeout, what, () => feeding, cancellationToken))
            {
                yield return frame with { Index = kept[frame.Index] };
            }
        }
        else
        {
            await using var process = FfmpegProcess.Start(_options.FfmpegPath, Arguments(["-nostdin", "-i", path], filter), withStdin: false);
            await foreach (var frame in RawFrameReader.ReadAsync(process, width, height, selection, _options.StallTimeout, what, null, cancellationToken))
            {
                yield return frame;
            }
        }
    }

    internal IEnumerable<string> Arguments(IEnumerable<string> input, string? filter)
    {
        string[] head = ["-hide_banner", "-loglevel", "error", "-max_pixels", MaxPixels.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        string[] filterArgs = filter is null ? [] : ["-vf", filter];
        string[] output = ["-map", "0:v:0", "-an", "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"];
        return [.. head, .. input, .. filterArgs, .. output];
    }

    private long MaxPixels => (long)_options.MaxSide * _options.MaxSide;

    private static async Task FeedFilesAsync(FfmpegProcess process, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var file in files)
            {
                await using var source = File.OpenRead(file);
                await source.CopyToAsync(process.Stdin, cancellationToken);
            }
        }
        catch (IOException)
        {
            // ffmpeg stopped reading (it failed or was killed); its own error explains why.
        }
        finally
        {
            try
            {
                process.Stdin.Close();
            }
            catch (IOException)
            {
                // Same as above: the pipe is already broken.
            }
        }
    }
}
