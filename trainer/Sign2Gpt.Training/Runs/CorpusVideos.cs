using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using System.Text;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Training.Runs;

/// <summary>One split of one or more corpora with the backbone features of every video, grouped by language.</summary>
public sealed record CorpusVideos(CorpusSplit Split, IReadOnlyList<CorpusVideos.Video> Videos)
{
    /// <param name="Views">Features of augmented copies of the video (<see cref="FrameAugmentation"/>); empty unless a run asked for them.</param>
    public sealed record Video(string Language, CorpusSample Sample, VideoFeatures Features, IReadOnlyList<VideoFeatures> Views);

    /// <summary>Bumped whenever <see cref="FrameAugmentation"/> draws or renders differently, so cached views are not reused across versions.</summary>
    private const string ViewVersion = "aug1";

    /// <param name="augmentedViews">Augmented views per video besides the evaluation one; each is drawn from (seed, video, view), so reruns hit the cache.</param>
    public static async Task<CorpusVideos> LoadAsync(
        IReadOnlyList<string> corpusRoots,
        CorpusSplit split,
        TrainingServices services,
        IProgress<(string Corpus, int Done, int Total)>? progress,
        CancellationToken cancellationToken,
        int augmentedViews = 0,
        int seed = 1)
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
                var views = new List<VideoFeatures>(augmentedViews);
                for (var view = 1; view <= augmentedViews; view++)
                {
                    var augmentation = FrameAugmentation.Draw(new Random(StableSeed($"{seed}|{sample.Name}|{view}")));
                    var (viewFeatures, _) = await services.Cache.GetOrAddAsync(folder, ResNet18Backbone.Version, $"{ViewVersion}-seed{seed}-view{view}",
                        token => services.Extractor.Value.ExtractAsync(folder, augmentation, token), cancellationToken);
                    views.Add(viewFeatures);
                }

                videos.Add(new Video(corpus.Language, sample, features, views));
                progress?.Report((root, ++done, samples.Count));
            }

            logger.LogInformation("{Split} of {Corpus}: {Count} videos, {Hits} features from the cache", split, root, samples.Count, hits);
        }

        return new CorpusVideos(split, videos);
    }

    private static int StableSeed(string text) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

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
