namespace Sign2Gpt.Inference.Media;

/// <summary>Containers we write: plain MP4 for files, fragmented MP4 and WebM as phones stream them.</summary>
public enum VideoEncoding
{
    Mp4,
    FragmentedMp4,
    WebM,
}
