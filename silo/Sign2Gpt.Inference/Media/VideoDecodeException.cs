namespace Sign2Gpt.Inference.Media;

/// <summary>A video could not be decoded; <see cref="Kind"/> says why in a way callers can act on.</summary>
public sealed class VideoDecodeException : Exception
{
    public VideoDecodeException(VideoErrorKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    public VideoErrorKind Kind { get; }
}
