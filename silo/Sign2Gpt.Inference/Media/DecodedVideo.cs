namespace Sign2Gpt.Inference.Media;

/// <summary>A whole decode held in memory: the source's description and the selected frames.</summary>
public sealed record DecodedVideo(VideoInfo Info, IReadOnlyList<RgbFrame> Frames)
{
    /// <summary>Time of a source frame index, for timelines.</summary>
    public TimeSpan TimeOf(int frameIndex) => TimeSpan.FromSeconds(frameIndex / Info.Fps);
}
