using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using System.Text;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Training.Runs;

/// <summary>One split of one or more corpora with the backbone features of every video, grouped by language.</summary>
public sealed record CorpusVideos(CorpusSplit Split, IReadOnlyList<CorpusVideos.Video> Videos)
{
    public sealed record Video(string Language, CorpusSample Sample, VideoFeatures Features);

    public static async Task<CorpusVideos> LoadAsync(
        IReadOnlyList<string> corpusRoots,
        CorpusSplit split,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? progress,
        CancellationToken cancellationToken)
    {
        var logger = services.Logging.CreateLogger<CorpusVideos>();
        var videos = new List<Video>();
        foreach (var root in corpusRoots)
        {
            var corpus = SignCorpus.Open(root);
            var samples = corpus.Split(split);
            var (hits, done) = (0, 0);
            foreach (var sample in samples)
            {
                // The cache is keyed by content, so a video extracted for any run is never extracted again.
                var folder = Path.GetDirectoryName(sample.FramePaths[0])!;
                var (features, hit) = await services.Cache.GetOrAddAsync(folder, ResNet18Backbone.Version, FeatureCache.EvaluationView,
                    token => services.Extractor.Value.ExtractAsync(folder, token), cancellationToken);
                hits += hit ? 1 : 0;
                videos.Add(new Video(corpus.Language, sample, features));
                progress?.Report((root, ++done, samples.Count));
            }

            logger.LogInformation("{Split} of {Corpus}: {Count} videos, {Hits} features from the cache", split, root, samples.Count, hits);
        }

        return new CorpusVideos(split, videos);
    }

    public IReadOnlyList<string> Languages => [.. Videos.Select(v => v.Language).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>SHA-256 over every video's name, translation and features: equal hashes, equal training data.</summary>
    public string Hash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var video in Videos)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{video.Language}|{video.Sample.Name}|{video.Sample.Translation}\n"));
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(video.Features.Values.AsSpan()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
