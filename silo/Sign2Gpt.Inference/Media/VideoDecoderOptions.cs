namespace Sign2Gpt.Inference.Media;

/// <summary>Where the ffmpeg tools are and the limits that keep one bad video from hurting everyone else.</summary>
public sealed class VideoDecoderOptions
{
    public const string Section = "Video";

    public string FfmpegPath { get; set; } = "ffmpeg";
    public string FfprobePath { get; set; } = "ffprobe";

    /// <summary>Largest accepted side in pixels (8K UHD).</summary>
    public int MaxSide { get; set; } = 7680;

    /// <summary>Longest accepted video.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>ffmpeg is stopped when it produces no frame and no exit for this long.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
