namespace Sign2Gpt.Inference.Media;

/// <summary>What a live upload's chunks carry.</summary>
public enum ChunkFormat
{
    /// <summary>Segments of a streamable container (fragmented MP4 or WebM); ffmpeg detects which.</summary>
    Container,
    /// <summary>Concatenated JPEG images, one per frame.</summary>
    JpegFrames,
}
