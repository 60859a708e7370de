using Microsoft.Extensions.Logging;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Training.Data;

/// <summary>
/// The examples of one corpus split: backbone features (through the feature cache, so the backbone
/// runs once per video ever), target tokens and pseudo-gloss indices.
/// </summary>
public sealed record TranslationDataset(string Language, CorpusSplit Split, IReadOnlyList<TranslationExample> Examples)
{
    /// <summary>Features of every sample of the split, extracting only what the cache lacks.</summary>
    public static async Task<IReadOnlyList<(CorpusSample Sample, VideoFeatures Features)>> FeaturesAsync(
        ISignCorpus corpus,
        CorpusSplit split,
        FeatureCache cache,
        VideoFeatureExtractor extractor,
        IProgress<int>? progress,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var samples = corpus.Split(split);
        var result = new List<(CorpusSample, VideoFeatures)>(samples.Count);
        var hits = 0;
        foreach (var sample in samples)
        {
            var folder = Path.GetDirectoryName(sample.FramePaths[0])!;
            var (features, hit) = await cache.GetOrAddAsync(folder, ResNet18Backbone.Version, FeatureCache.EvaluationView,
                token => extractor.ExtractAsync(folder, token), cancellationToken);
            hits += hit ? 1 : 0;
            result.Add((sample, features));
            progress?.Report(result.Count);
        }

        logger.LogInformation("{Split} features of {Corpus}: {Count} videos, {Hits} from the cache", split, corpus.Root, samples.Count, hits);
        return result;
    }

    public static TranslationDataset Create(
        string language,
        CorpusSplit split,
        IReadOnlyList<(CorpusSample Sample, VideoFeatures Features)> videos,
        BpeTokenizer tokenizer,
        PseudoGlossGenerator glosses,
        PseudoGlossVocabulary vocabulary)
    {
        var examples = videos.Select(v => new TranslationExample(
            v.Sample.Name,
            language,
            v.Features,
            v.Sample.Translation,
            tokenizer.EncodeTarget(v.Sample.Translation, language),
            [.. glosses.Generate(v.Sample.Translation).Select(vocabulary.IndexOf).Where(i => i >= 0).Distinct().Order()]))
            .ToList();
        return new TranslationDataset(language, split, examples);
    }
}
