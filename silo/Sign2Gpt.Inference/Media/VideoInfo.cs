namespace Sign2Gpt.Inference.Media;

/// <summary>What ffprobe says about a video's first video stream, with display rotation applied to the size.</summary>
public sealed record VideoInfo(string Container, string Codec, int Width, int Height, double Fps, TimeSpan? Duration, int? FrameCount);
