using static TorchSharp.torch;

namespace Sign2Gpt.Training.Data;

/// <summary>Features of several videos padded to the longest: [batch, frames, dim] plus a [batch, frames] validity mask.</summary>
public sealed record FeatureBatch(Tensor Features, Tensor Valid) : IDisposable
{
    public static FeatureBatch Create(IReadOnlyList<TranslationExample> examples, Device device)
    {
        var dim = examples[0].Features.Dimension;
        var frames = examples.Max(e => e.Features.FrameCount);
        var values = new float[examples.Count * frames * dim];
        var valid = new bool[examples.Count * frames];
        for (var b = 0; b < examples.Count; b++)
        {
            var features = examples[b].Features;
            features.Values.CopyTo(values, b * frames * dim);
            valid.AsSpan(b * frames, features.FrameCount).Fill(true);
        }

        return new FeatureBatch(
            tensor(values, [examples.Count, frames, dim], device: device),
            tensor(valid, [examples.Count, frames], device: device));
    }

    public void Dispose()
    {
        Features.Dispose();
        Valid.Dispose();
    }
}
