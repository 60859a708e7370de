using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Silo.Serving;

/// <summary>Sampled evaluation frames of one session on their way to a device: <see cref="Indices"/>[i] owns the i-th 224x224 RGB image of <see cref="Pixels"/>.</summary>
[GenerateSerializer, Immutable, Alias("Sign2Gpt.FrameBatch")]
public sealed record FrameBatch([property: Id(0)] int[] Indices, [property: Id(1)] byte[] Pixels)
{
    private const int FrameBytes = ResNet18Backbone.InputSide * ResNet18Backbone.InputSide * 3;

    public int Count => Indices.Length;

    public static FrameBatch Of(IReadOnlyList<RgbFrame> frames)
    {
        var pixels = new byte[frames.Count * FrameBytes];
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].Pixels.Length != FrameBytes)
            {
                throw new ArgumentException($"Frame {frames[i].Index} is {frames[i].Width}x{frames[i].Height}; the backbone takes {ResNet18Backbone.InputSide}x{ResNet18Backbone.InputSide}.", nameof(frames));
            }

            frames[i].Pixels.CopyTo(pixels, i * FrameBytes);
        }

        return new FrameBatch([.. frames.Select(f => f.Index)], pixels);
    }
}
