namespace Sign2Gpt.Inference.Media;

/// <summary>How decoded frames are sized: portrait and landscape alike are scaled by their shorter side.</summary>
public sealed record FrameGeometry(FrameResize Resize, int Side)
{
    /// <summary>The paper's evaluation input: shorter side to 224, centre crop 224x224.</summary>
    public static FrameGeometry Evaluation { get; } = new(FrameResize.SquareCrop, 224);

    public static FrameGeometry Native { get; } = new(FrameResize.None, 0);

    public static FrameGeometry ShorterSide(int side) => new(FrameResize.ShorterSide, side);

    public static FrameGeometry SquareCrop(int side) => new(FrameResize.SquareCrop, side);

    /// <summary>True when the output size does not depend on the input, which a live stream needs.</summary>
    public bool IsFixedSize => Resize == FrameResize.SquareCrop;

    public (int Width, int Height) OutputSize(int width, int height) => Resize switch
    {
        FrameResize.None => (width, height),
        FrameResize.SquareCrop => (Side, Side),
        _ when width <= height => (Side, Even((double)height * Side / width)),
        _ => (Even((double)width * Side / height), Side),
    };

    /// <summary>The ffmpeg filter chain producing <see cref="OutputSize"/>, or null when frames pass unchanged.</summary>
    public string? Filter(int width, int height) => Resize switch
    {
        FrameResize.None => null,
        FrameResize.SquareCrop => $"scale={Side}:{Side}:force_original_aspect_ratio=increase,crop={Side}:{Side}",
        _ => $"scale={OutputSize(width, height).Width}:{OutputSize(width, height).Height}",
    };

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);
}

public enum FrameResize
{
    None,
    ShorterSide,
    SquareCrop,
}
