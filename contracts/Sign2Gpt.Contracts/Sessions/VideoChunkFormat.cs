namespace Sign2Gpt.Contracts.Sessions;

/// <summary>What a session's chunks carry.</summary>
public enum VideoChunkFormat
{
    /// <summary>Consecutive byte ranges of one streamable container: fragmented or fast-start MP4, or WebM.</summary>
    Container,

    /// <summary>Whole JPEG images, one or more per chunk, in recording order.</summary>
    JpegFrames,
}
