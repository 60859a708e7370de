using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Training.Data;

/// <summary>
/// Training-time augmentation. The paper augments images before its backbone on every step; here the
/// backbone runs ahead of training, so images are augmented into a few cached views per video
/// (<see cref="ImageViews"/>, each one <c>FrameAugmentation</c> for the whole clip), one of which each
/// step picks, and the rest is imitated on the features: another tempo (resampling the time axis),
/// another look (the video's mean feature swapped for another training video's, which carries its
/// signer's colours and build), and element dropout.
/// </summary>
/// <param name="MinSpeed">Slowest playback rate; 1 with <paramref name="MaxSpeed"/> 1 keeps the tempo.</param>
/// <param name="MaxSpeed">Fastest playback rate.</param>
/// <param name="AppearanceSwap">Chance that a video takes another training video's mean feature.</param>
/// <param name="Dropout">Chance that a feature value is zeroed (the rest scaled up to keep the mean).</param>
/// <param name="ImageViews">Augmented image views extracted per training video besides the evaluation view.</param>
public sealed record FeatureAugmentation(double MinSpeed, double MaxSpeed, double AppearanceSwap, double Dropout, int ImageViews = 0)
{
    public static FeatureAugmentation None { get; } = new(1, 1, 0, 0);

    /// <summary>What <c>train pretrain|translate --augment</c> uses on the features.</summary>
    public static FeatureAugmentation Default { get; } = new(0.8, 1.25, 0.5, 0.1);

    public bool IsNone => MinSpeed == 1 && MaxSpeed == 1 && AppearanceSwap == 0 && Dropout == 0 && ImageViews == 0;

    private bool ChangesFeatures => MinSpeed != 1 || MaxSpeed != 1 || AppearanceSwap > 0 || Dropout > 0;

    /// <summary>Augments one batch; each example may borrow the look of any video of <paramref name="pool"/>.</summary>
    public IReadOnlyList<TranslationExample> Apply(IReadOnlyList<TranslationExample> batch, IReadOnlyList<TranslationExample> pool, Random random)
    {
        if (IsNone)
        {
            return batch;
        }

        return [.. batch.Select(example =>
        {
            var features = PickView(example, random);
            return example with { Features = ChangesFeatures ? Augment(features, pool, random) : features };
        })];
    }

    /// <summary>The evaluation view or one of the augmented ones, alike likely.</summary>
    private static VideoFeatures PickView(TranslationExample example, Random random)
    {
        var views = example.AugmentedViews ?? [];
        var pick = random.Next(views.Count + 1);
        return pick == 0 ? example.Features : views[pick - 1];
    }

    private VideoFeatures Augment(VideoFeatures features, IReadOnlyList<TranslationExample> pool, Random random)
    {
        var (indices, values) = Resample(features, random);
        var dim = features.Dimension;
        if (random.NextDouble() < AppearanceSwap)
        {
            var own = MeanOf(values, dim);
            var other = pool[random.Next(pool.Count)].Features;
            var borrowed = MeanOf(other.Values, dim);
            for (var i = 0; i < values.Length; i++)
            {
                // Backbone features follow a ReLU: a shifted value below zero means nothing there.
                values[i] = Math.Max(0, values[i] - own[i % dim] + borrowed[i % dim]);
            }
        }

        if (Dropout > 0)
        {
            var keep = (float)(1 / (1 - Dropout));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = random.NextDouble() < Dropout ? 0 : values[i] * keep;
            }
        }

        return features with { FrameIndices = indices, Values = values };
    }

    private (int[] Indices, float[] Values) Resample(VideoFeatures features, Random random)
    {
        var speed = MinSpeed + (random.NextDouble() * (MaxSpeed - MinSpeed));
        var frames = Math.Max(1, (int)Math.Round(features.FrameCount / speed));
        var phase = random.NextDouble() * speed;
        var dim = features.Dimension;
        var indices = new int[frames];
        var values = new float[frames * dim];
        for (var j = 0; j < frames; j++)
        {
            var source = Math.Min(features.FrameCount - 1, (int)(phase + (j * speed)));
            indices[j] = features.FrameIndices[source];
            features.Row(source).CopyTo(values.AsSpan(j * dim, dim));
        }

        return (indices, values);
    }

    private static float[] MeanOf(float[] values, int dim)
    {
        var mean = new float[dim];
        var frames = values.Length / dim;
        for (var i = 0; i < values.Length; i++)
        {
            mean[i % dim] += values[i];
        }

        for (var d = 0; d < dim; d++)
        {
            mean[d] /= Math.Max(1, frames);
        }

        return mean;
    }
}
