using Microsoft.Extensions.Logging.Abstractions;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Inference.Backbone;

namespace Sign2Gpt.Datasets.Tests.Features;

public sealed class FeatureCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));

    public FeatureCacheTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Feature_file_round_trips_exactly()
    {
        var features = Sample(seed: 1);
        var path = Path.Combine(_directory, "a" + FeatureFile.Extension);

        await FeatureFile.WriteAsync(path, features, CancellationToken.None);
        var read = await FeatureFile.ReadAsync(path, CancellationToken.None);

        Assert.Equal(features.BackboneVersion, read.BackboneVersion);
        Assert.Equal(features.Fps, read.Fps);
        Assert.Equal(features.FrameIndices, read.FrameIndices);
        Assert.Equal(features.Values, read.Values);
    }

    [Fact]
    public async Task Truncated_feature_file_is_reported_with_its_path()
    {
        var path = Path.Combine(_directory, "cut" + FeatureFile.Extension);
        await FeatureFile.WriteAsync(path, Sample(seed: 2), CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..^10]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FeatureFile.ReadAsync(path, CancellationToken.None));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task Second_request_for_the_same_content_is_a_hit_without_extraction()
    {
        var cache = new FeatureCache(Path.Combine(_directory, "cache"), NullLogger<FeatureCache>.Instance);
        var video = await WriteVideoStandIn("clip.mp4", "same bytes");
        var extractions = 0;
        Task<VideoFeatures> Extract(CancellationToken _)
        {
            extractions++;
            return Task.FromResult(Sample(seed: 3));
        }

        var first = await cache.GetOrAddAsync(video, "backbone-a", FeatureCache.EvaluationView, Extract, CancellationToken.None);
        var copy = await WriteVideoStandIn("renamed-copy.mp4", "same bytes");
        var second = await cache.GetOrAddAsync(copy, "backbone-a", FeatureCache.EvaluationView, Extract, CancellationToken.None);

        Assert.False(first.Hit);
        Assert.True(second.Hit);
        Assert.Equal(1, extractions);
        Assert.Equal(first.Features.Values, second.Features.Values);
    }

    [Fact]
    public async Task Other_content_backbone_or_view_misses()
    {
        var cache = new FeatureCache(Path.Combine(_directory, "cache"), NullLogger<FeatureCache>.Instance);
        var extractions = 0;
        Task<VideoFeatures> Extract(CancellationToken _)
        {
            extractions++;
            return Task.FromResult(Sample(seed: 4));
        }

        var video = await WriteVideoStandIn("a.mp4", "one");
        var other = await WriteVideoStandIn("b.mp4", "two");
        await cache.GetOrAddAsync(video, "backbone-a", "eval", Extract, CancellationToken.None);
        await cache.GetOrAddAsync(other, "backbone-a", "eval", Extract, CancellationToken.None);
        await cache.GetOrAddAsync(video, "backbone-b", "eval", Extract, CancellationToken.None);
        await cache.GetOrAddAsync(video, "backbone-a", "aug-1", Extract, CancellationToken.None);

        Assert.Equal(4, extractions);
    }

    [Fact]
    public async Task Damaged_entry_is_recomputed()
    {
        var cache = new FeatureCache(Path.Combine(_directory, "cache"), NullLogger<FeatureCache>.Instance);
        var video = await WriteVideoStandIn("c.mp4", "content");
        await cache.GetOrAddAsync(video, "backbone-a", "eval", _ => Task.FromResult(Sample(seed: 5)), CancellationToken.None);
        var entry = Directory.EnumerateFiles(cache.Root, "*" + FeatureFile.Extension, SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(entry, "garbage");

        var again = await cache.GetOrAddAsync(video, "backbone-a", "eval", _ => Task.FromResult(Sample(seed: 6)), CancellationToken.None);

        Assert.False(again.Hit);
        Assert.Equal(Sample(seed: 6).Values, (await FeatureFile.ReadAsync(entry, CancellationToken.None)).Values);
    }

    [Fact]
    public async Task Frame_folder_hash_follows_every_frame()
    {
        var folder = Path.Combine(_directory, "frames");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "images0001.png"), "x");
        await File.WriteAllTextAsync(Path.Combine(folder, "images0002.png"), "y");
        var before = await ContentHash.OfAsync(folder, CancellationToken.None);

        await File.WriteAllTextAsync(Path.Combine(folder, "images0002.png"), "z");

        Assert.NotEqual(before, await ContentHash.OfAsync(folder, CancellationToken.None));
        Assert.Equal(64, before.Length);
    }

    private async Task<string> WriteVideoStandIn(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    private static VideoFeatures Sample(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 3 * 8).Select(_ => (float)random.NextDouble()).ToArray();
        return new VideoFeatures("backbone-a", 25.0, [0, 2, 4], 8, values);
    }
}
