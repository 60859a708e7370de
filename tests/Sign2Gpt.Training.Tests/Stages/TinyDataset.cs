using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Training.Data;
using Sign2Gpt.Training.Tests.Model;

namespace Sign2Gpt.Training.Tests.Stages;

/// <summary>Random videos of 12 frames for <see cref="TinyConfig"/> models, each with 6 target tokens and pseudo-glosses out of 12.</summary>
internal static class TinyDataset
{
    /// <param name="glossesLeaveMarks">Each video's glosses raise the feature columns of their index, so an encoder can learn to find them.</param>
    /// <param name="tokens">Range the target tokens are drawn from (end exclusive; the tiny vocabulary has 40).</param>
    public static TranslationDataset Create(int count, int seed, bool glossesLeaveMarks = false, (int From, int To)? tokens = null)
    {
        var random = new Random(seed);
        var examples = Enumerable.Range(0, count).Select(i =>
        {
            const int frames = 12;
            int[] glosses = glossesLeaveMarks ? [.. Enumerable.Range(0, 2).Select(_ => random.Next(12)).Distinct().Order()] : [];
            var values = Enumerable.Range(0, frames * TinyConfig.FeatureSize)
                .Select(v => (float)random.NextDouble() + (glosses.Contains(v % TinyConfig.FeatureSize % 12) ? 2f : 0f)).ToArray();
            var features = new VideoFeatures("test", 25, [.. Enumerable.Range(0, frames)], TinyConfig.FeatureSize, values);
            var (from, to) = tokens ?? (5, 40);
            int[] target = [.. Enumerable.Range(0, 6).Select(_ => random.Next(from, to))];
            return new TranslationExample($"video{i}", "de", features, "satz", target, glossesLeaveMarks ? glosses : [random.Next(12)]);
        });
        return new TranslationDataset(CorpusSplit.Train, [.. examples]);
    }
}
