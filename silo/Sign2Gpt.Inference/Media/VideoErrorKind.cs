namespace Sign2Gpt.Inference.Media;

public enum VideoErrorKind
{
    /// <summary>The bytes are not a video container ffmpeg can open (or its index is missing).</summary>
    Unreadable,
    /// <summary>The video starts fine but its data ends early or is damaged.</summary>
    Truncated,
    /// <summary>The container holds no video stream.</summary>
    NoVideoStream,
    /// <summary>The video codec has no decoder here.</summary>
    UnsupportedCodec,
    /// <summary>Decoding produced no frames.</summary>
    NoFrames,
    /// <summary>Width, height or duration is beyond the configured limits.</summary>
    TooLarge,
    /// <summary>ffmpeg produced nothing for too long and was stopped.</summary>
    TimedOut,
    /// <summary>ffmpeg or ffprobe is not installed.</summary>
    ToolMissing,
    /// <summary>The caller broke the input contract (e.g. a chunk after the end).</summary>
    InvalidInput,
}
