namespace Sign2Gpt.Inference.Media;

/// <summary>Turns ffmpeg's stderr into a typed, user-readable error.</summary>
internal static class FfmpegDiagnostics
{
    public static VideoDecodeException Classify(string stderr, string what)
    {
        var detail = LastMeaningfulLine(stderr);
        if (Contains(stderr, "Decoder (codec") || Contains(stderr, "Unknown decoder") || Contains(stderr, "is not supported"))
        {
            return new VideoDecodeException(VideoErrorKind.UnsupportedCodec, $"{what} uses a codec that cannot be decoded here: {detail}");
        }

        if (Contains(stderr, "partial file") || Contains(stderr, "Invalid NAL unit") || Contains(stderr, "Error splitting the input")
            || Contains(stderr, "error while decoding") || Contains(stderr, "corrupt") || Contains(stderr, "End of file"))
        {
            return new VideoDecodeException(VideoErrorKind.Truncated, $"{what} is truncated or damaged: {detail}");
        }

        if (Contains(stderr, "Invalid data found") || Contains(stderr, "moov atom not found") || Contains(stderr, "could not find codec parameters")
            || Contains(stderr, "EBML header parsing failed"))
        {
            return new VideoDecodeException(VideoErrorKind.Unreadable, $"{what} is not a readable video: {detail}");
        }

        return new VideoDecodeException(VideoErrorKind.Unreadable, $"{what} could not be decoded: {detail}");
    }

    /// <summary>True when ffmpeg reported a decode problem although it exited normally.</summary>
    public static bool ReportsDamage(string stderr) =>
        Contains(stderr, "partial file") || Contains(stderr, "Invalid NAL unit") || Contains(stderr, "Error splitting the input")
        || Contains(stderr, "error while decoding");

    private static bool Contains(string text, string fragment) => text.Contains(fragment, StringComparison.OrdinalIgnoreCase);

    private static string LastMeaningfulLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "ffmpeg gave no reason" : lines[^1];
    }
}
