namespace Sign2Gpt.Inference.Media;

/// <summary>One decoded frame: interleaved 8-bit RGB, row-major, <c>Width * Height * 3</c> bytes.</summary>
/// <param name="Index">Position of the frame in the source video (before any sampling), so times stay exact.</param>
public sealed record RgbFrame(int Index, int Width, int Height, byte[] Pixels)
{
    public int ByteCount => Width * Height * 3;
}
