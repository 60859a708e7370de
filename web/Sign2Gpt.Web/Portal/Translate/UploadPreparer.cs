using System.Globalization;

namespace Sign2Gpt.Web.Portal.Translate;

/// <summary>
/// Turns an uploaded file into what a session takes. Sessions read "container" chunks as byte ranges of one growing
/// stream, and an ordinary MP4 keeps its index at the end, so MP4s are remuxed into fragmented MP4. The codec is
/// copied, never re-encoded: the session decodes exactly the frames of the upload, and translates it as the offline
/// CLI translates the file. WebM is streamable as it is.
/// </summary>
public sealed class UploadPreparer
{
    public const string Mp4 = "video/mp4";
    public const string WebM = "video/webm";

    /// <exception cref="UploadRejectedException">Not an MP4 or WebM video, or one ffmpeg cannot read.</exception>
    public async Task<PreparedUpload> PrepareAsync(string path, CancellationToken cancellationToken)
    {
        var contentType = Sniff(path) ?? throw new UploadRejectedException("This file is not an MP4 or WebM video.");
        var fps = await ProbeFpsAsync(path, cancellationToken);
        var original = await File.ReadAllBytesAsync(path, cancellationToken);
        if (contentType == WebM)
        {
            return new PreparedUpload(contentType, fps, original, original);
        }

        var remuxed = path + ".fragmented.mp4";
        try
        {
            await RunAsync("ffmpeg", ["-v", "error", "-y", "-i", path, "-map", "0:v:0", "-c", "copy", "-movflags", "frag_keyframe+empty_moov+default_base_moof", "-f", "mp4", remuxed], cancellationToken);
            return new PreparedUpload(contentType, fps, original, await File.ReadAllBytesAsync(remuxed, cancellationToken));
        }
        finally
        {
            File.Delete(remuxed);
        }
    }

    /// <summary>By the first bytes, not the name or the browser's word: MP4 has "ftyp" at offset 4, WebM starts with the EBML magic.</summary>
    private static string? Sniff(string path)
    {
        Span<byte> head = stackalloc byte[12];
        using var file = File.OpenRead(path);
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= 8 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return Mp4;
        }

        return read >= 4 && head[..4].SequenceEqual((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) ? WebM : null;
    }

    private static async Task<double> ProbeFpsAsync(string path, CancellationToken cancellationToken)
    {
        var output = await RunAsync("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=avg_frame_rate", "-of", "csv=p=0", path], cancellationToken);
        var rate = output.Trim();
        if (rate.Length == 0)
        {
            throw new UploadRejectedException("The file has no video stream.");
        }

        var parts = rate.Split('/');
        return parts.Length == 2
            && double.TryParse(parts[0], CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(parts[1], CultureInfo.InvariantCulture, out var denominator)
            && denominator > 0 && numerator / denominator is > 0 and <= 120 and var fps
                ? fps
                : throw new UploadRejectedException($"The video's frame rate ({rate}) is not one the platform can translate (up to 120 fps).");
    }

    private static async Task<string> RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await MediaTool.RunAsync(tool, arguments, cancellationToken);
        }
        catch (MediaToolException failed)
        {
            throw new UploadRejectedException($"The video cannot be read: {failed.Message}.");
        }
    }
}
