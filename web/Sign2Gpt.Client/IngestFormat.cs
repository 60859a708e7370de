namespace Sign2Gpt.Client;

/// <summary>How a session's chunks are read on the server (the wire values are "container" and "jpeg_frames").</summary>
public enum IngestFormat
{
    /// <summary>Consecutive byte ranges of one streamable MP4/WebM, as <see cref="VideoSegmenter"/> produces.</summary>
    Container,

    /// <summary>One whole JPEG per chunk.</summary>
    JpegFrames,
}
