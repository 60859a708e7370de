using System.Text.RegularExpressions;

namespace Sign2Gpt.Inference.Media;

/// <summary>A folder of still frames (the Phoenix-2014-T and CSL-Daily layouts), in numeric file order.</summary>
internal static partial class FrameFolder
{
    /// <summary>Phoenix-2014-T and CSL-Daily are recorded at 25 frames per second and store no rate.</summary>
    public const double DefaultFps = 25.0;

    private static readonly string[] PngExtensions = [".png"];
    private static readonly string[] JpegExtensions = [".jpg", ".jpeg"];

    public static (IReadOnlyList<string> Files, string Codec) List(string directory)
    {
        var files = Directory.EnumerateFiles(directory).ToList();
        var pngs = files.Where(f => PngExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList();
        var jpegs = files.Where(f => JpegExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).ToList();
        if (pngs.Count > 0 && jpegs.Count > 0)
        {
            throw new VideoDecodeException(VideoErrorKind.Unreadable, $"Frame folder '{directory}' mixes PNG and JPEG frames.");
        }

        var (chosen, codec) = pngs.Count > 0 ? (pngs, "png") : (jpegs, "mjpeg");
        if (chosen.Count == 0)
        {
            throw new VideoDecodeException(VideoErrorKind.NoFrames, $"Frame folder '{directory}' holds no PNG or JPEG frames.");
        }

        return (chosen.OrderBy(NumericKey).ThenBy(f => f, StringComparer.Ordinal).ToList(), codec);
    }

    /// <summary>"images0010.png" after "images0009.png" and "frame10.jpg" after "frame9.jpg".</summary>
    private static long NumericKey(string path)
    {
        var match = TrailingNumber().Match(Path.GetFileNameWithoutExtension(path));
        return match.Success && long.TryParse(match.Value, out var number) ? number : long.MaxValue;
    }

    [GeneratedRegex(@"\d+$")]
    private static partial Regex TrailingNumber();
}
