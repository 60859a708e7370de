namespace Sign2Gpt.Inference.Tests.Media;

/// <summary>
/// Tests that count this process's ffmpeg children run alone, so another test's live decode
/// cannot be mistaken for a leak.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FfmpegProcessCollection
{
    public const string Name = "ffmpeg processes";
}
