using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Sign2Gpt.Inference.Media;

/// <summary>Reads container, codec, size, rate and length of a video file with ffprobe, and enforces the size limits.</summary>
public sealed class VideoProbe(IOptions<VideoDecoderOptions> options)
{
    private readonly VideoDecoderOptions _options = options.Value;

    public async Task<VideoInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new VideoDecodeException(VideoErrorKind.Unreadable, $"Video file '{path}' does not exist.");
        }

        string[] arguments =
        [
            "-v", "error", "-select_streams", "v:0",
            "-show_entries", "stream=codec_name,width,height,r_frame_rate,avg_frame_rate,nb_frames,duration:stream_side_data=rotation:format=format_name,duration",
            "-of", "json", path,
        ];
        await using var process = FfmpegProcess.Start(_options.FfprobePath, arguments, withStdin: false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.StallTimeout);
        string json;
        int exitCode;
        try
        {
            json = await new StreamReader(process.Stdout).ReadToEndAsync(timeout.Token);
            exitCode = await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new VideoDecodeException(VideoErrorKind.TimedOut, $"ffprobe took longer than {_options.StallTimeout.TotalSeconds:0} s on '{Path.GetFileName(path)}'.");
        }

        if (exitCode != 0)
        {
            throw FfmpegDiagnostics.Classify(process.StderrTail(), $"'{Path.GetFileName(path)}'");
        }

        var info = Parse(json, path);
        EnsureWithinLimits(info, Path.GetFileName(path));
        return info;
    }

    internal void EnsureWithinLimits(VideoInfo info, string what)
    {
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new VideoDecodeException(VideoErrorKind.Unreadable, $"'{what}' reports no frame size.");
        }

        if (info.Width > _options.MaxSide || info.Height > _options.MaxSide)
        {
            throw new VideoDecodeException(
                VideoErrorKind.TooLarge,
                $"'{what}' is {info.Width}x{info.Height}; the largest accepted side is {_options.MaxSide} pixels.");
        }

        if (info.Duration > _options.MaxDuration)
        {
            throw new VideoDecodeException(
                VideoErrorKind.TooLarge,
                $"'{what}' lasts {info.Duration.Value.TotalSeconds:0} s; the longest accepted video is {_options.MaxDuration.TotalSeconds:0} s.");
        }
    }

    private static VideoInfo Parse(string json, string path)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("streams", out var streams) || streams.GetArrayLength() == 0)
        {
            throw new VideoDecodeException(VideoErrorKind.NoVideoStream, $"'{Path.GetFileName(path)}' has no video stream.");
        }

        var stream = streams[0];
        var width = stream.TryGetProperty("width", out var w) ? w.GetInt32() : 0;
        var height = stream.TryGetProperty("height", out var h) ? h.GetInt32() : 0;
        if (Rotation(stream) % 180 != 0)
        {
            (width, height) = (height, width);
        }

        var fps = Rate(stream, "avg_frame_rate") ?? Rate(stream, "r_frame_rate") ?? 25.0;
        var duration = Seconds(stream) ?? (root.TryGetProperty("format", out var format) ? Seconds(format) : null);
        int? frames = stream.TryGetProperty("nb_frames", out var nb) && int.TryParse(nb.GetString(), CultureInfo.InvariantCulture, out var n) ? n : null;
        var container = root.TryGetProperty("format", out var f) && f.TryGetProperty("format_name", out var name) ? name.GetString() ?? "" : "";
        var codec = stream.TryGetProperty("codec_name", out var c) ? c.GetString() ?? "" : "";
        return new VideoInfo(container, codec, width, height, fps, duration, frames);
    }

    private static int Rotation(JsonElement stream)
    {
        if (!stream.TryGetProperty("side_data_list", out var sideData))
        {
            return 0;
        }

        foreach (var entry in sideData.EnumerateArray())
        {
            if (entry.TryGetProperty("rotation", out var rotation))
            {
                return Math.Abs(rotation.GetInt32());
            }
        }

        return 0;
    }

    private static double? Rate(JsonElement stream, string property)
    {
        if (!stream.TryGetProperty(property, out var value) || value.GetString() is not { } text)
        {
            return null;
        }

        var parts = text.Split('/');
        if (parts.Length == 2
            && double.TryParse(parts[0], CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(parts[1], CultureInfo.InvariantCulture, out var denominator)
            && numerator > 0 && denominator > 0)
        {
            return numerator / denominator;
        }

        return null;
    }

    private static TimeSpan? Seconds(JsonElement element) =>
        element.TryGetProperty("duration", out var value)
        && double.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
