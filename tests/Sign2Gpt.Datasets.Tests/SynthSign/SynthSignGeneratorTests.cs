using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Signers;

namespace Sign2Gpt.Datasets.Tests.SynthSign;

public sealed class SynthSignGeneratorTests : IDisposable
{
    private const int Videos = 10;
    private readonly TemporaryDirectory directory = new();

    [Fact]
    public async Task Corpus_has_the_phoenix_layout_and_opens_as_a_phoenix_corpus()
    {
        var root = directory.Sub("dgs");
        var corpus = await GenerateAsync(root, seed: 1);

        Assert.Equal(Videos, corpus.Videos);
        Assert.Equal((8, 1, 1), (corpus.VideosPerSplit[CorpusSplit.Train], corpus.VideosPerSplit[CorpusSplit.Dev], corpus.VideosPerSplit[CorpusSplit.Test]));
        var opened = SignCorpus.Open(root);
        var samples = Enum.GetValues<CorpusSplit>().SelectMany(opened.Split).ToList();
        Assert.Equal(Videos, samples.Count);
        Assert.Equal(corpus.Frames, samples.Sum(sample => sample.FramePaths.Count));
        Assert.All(samples, sample =>
        {
            Assert.Equal(25, sample.Fps);
            Assert.NotNull(sample.Glosses);
            Assert.Equal(
                Enumerable.Range(1, sample.FramePaths.Count).Select(frame => $"images{frame:D4}.png"),
                sample.FramePaths.Select(Path.GetFileName));
            Assert.Equal((210, 260), PngSize(sample.FramePaths[sample.FramePaths.Count / 2]));
        });

        var lines = await File.ReadAllLinesAsync(Path.Combine(root, "annotations", "manual", "PHOENIX-2014-T.train.corpus.csv"));
        Assert.Equal("name|video|start|end|speaker|orth|translation", lines[0]);
        Assert.All(lines.Skip(1), line =>
        {
            var fields = line.Split('|');
            Assert.Equal(7, fields.Length);
            Assert.Equal($"{fields[0]}/1/*.png", fields[1]);
            Assert.Equal(("-1", "-1"), (fields[2], fields[3]));
            Assert.StartsWith("Signer", fields[4], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Dev_and_test_are_signed_by_people_never_seen_in_train()
    {
        var planned = SynthSignGenerator.Plan(new SynthSignOptions { Language = SynthSignLanguage.Asl, OutputDirectory = directory.Root, Videos = 300, Seed = 2 });
        var root = directory.Sub("signers");
        await GenerateAsync(root, seed: 1);
        var written = SignCorpus.Open(root);

        foreach (var signerOf in new Func<CorpusSplit, IEnumerable<string?>>[]
        {
            split => planned.Where(video => video.Split == split).Select(video => video.Signer.Id),
            split => written.Split(split).Select(sample => sample.Signer),
        })
        {
            var signers = Enum.GetValues<CorpusSplit>().ToDictionary(split => split, split => signerOf(split).ToHashSet());
            Assert.Empty(signers[CorpusSplit.Train].Intersect(signers[CorpusSplit.Dev]));
            Assert.Empty(signers[CorpusSplit.Train].Intersect(signers[CorpusSplit.Test]));
            Assert.Empty(signers[CorpusSplit.Dev].Intersect(signers[CorpusSplit.Test]));
            Assert.True(signers[CorpusSplit.Train].Count >= 4);
        }

        Assert.Equal(8, planned.Where(video => video.Split == CorpusSplit.Train).Select(video => video.Signer.Id).Distinct().Count());
    }

    [Fact]
    public void A_larger_cast_spreads_each_split_over_its_own_distinct_people()
    {
        var counts = SignerCounts.Parse("30/3/3");
        var planned = SynthSignGenerator.Plan(new SynthSignOptions { Language = SynthSignLanguage.Dgs, OutputDirectory = directory.Root, Videos = 600, Seed = 3, Signers = counts });

        var signers = Enum.GetValues<CorpusSplit>().ToDictionary(split => split, split => planned.Where(video => video.Split == split).Select(video => video.Signer).DistinctBy(signer => signer.Id).ToList());
        Assert.Equal(30, signers[CorpusSplit.Train].Count);
        Assert.Equal(3, signers[CorpusSplit.Dev].Count);
        Assert.Equal(3, signers[CorpusSplit.Test].Count);
        Assert.Empty(signers[CorpusSplit.Train].Select(signer => signer.Id).Intersect(signers[CorpusSplit.Test].Select(signer => signer.Id)));
        var cast = SignerCast.Create(3, counts);
        Assert.Equal(cast.Count, cast.Select(signer => signer.Skin).Distinct().Count());
    }

    [Fact]
    public void A_phrasebook_corpus_signs_its_few_phrases_in_every_split_by_different_people()
    {
        var planned = SynthSignGenerator.Plan(new SynthSignOptions { Language = SynthSignLanguage.Dgs, OutputDirectory = directory.Root, Videos = 200, Seed = 5, Phrases = 12 });
        var everyVideoItsOwn = SynthSignGenerator.Plan(new SynthSignOptions { Language = SynthSignLanguage.Dgs, OutputDirectory = directory.Root, Videos = 200, Seed = 5 });

        string[] Sentences(IEnumerable<SynthVideo> videos, CorpusSplit split) =>
            [.. videos.Where(video => video.Split == split).Select(video => video.Sentence.Translation).Distinct()];
        var train = Sentences(planned, CorpusSplit.Train);
        Assert.Equal(12, planned.Select(video => video.Sentence.Translation).Distinct().Count());
        Assert.Subset(train.ToHashSet(), Sentences(planned, CorpusSplit.Test).ToHashSet());
        Assert.True(everyVideoItsOwn.Select(video => video.Sentence.Translation).Distinct().Count() > 150);
        Assert.Throws<ArgumentException>(() => SynthSignGenerator.Plan(new SynthSignOptions { Language = SynthSignLanguage.Dgs, OutputDirectory = directory.Root, Phrases = 0 }));
    }

    [Theory]
    [InlineData("40/4")]
    [InlineData("40/0/4")]
    [InlineData("a/b/c")]
    public void Signer_counts_without_a_person_per_split_are_refused(string text) =>
        Assert.Throws<FormatException>(() => SignerCounts.Parse(text));

    [Fact]
    public async Task Same_seed_gives_identical_bytes_whatever_the_parallelism_and_another_seed_differs()
    {
        await GenerateAsync(directory.Sub("a"), seed: 7, videos: 6, parallelism: 1);
        await GenerateAsync(directory.Sub("b"), seed: 7, videos: 6, parallelism: 2);
        await GenerateAsync(directory.Sub("c"), seed: 8, videos: 6, parallelism: 2);

        var first = Hash(directory.Sub("a"));
        Assert.Equal(first, Hash(directory.Sub("b")));
        Assert.NotEqual(first, Hash(directory.Sub("c")));
        Assert.NotEqual(
            await File.ReadAllTextAsync(PhoenixCorpus.AnnotationPath(directory.Sub("a"), CorpusSplit.Train)),
            await File.ReadAllTextAsync(PhoenixCorpus.AnnotationPath(directory.Sub("c"), CorpusSplit.Train)));
    }

    [Fact]
    public async Task A_rerun_replaces_its_own_corpus_but_a_foreign_folder_is_refused()
    {
        var root = directory.Sub("rerun");
        await GenerateAsync(root, seed: 3, videos: 5);
        await GenerateAsync(root, seed: 3, videos: 3);
        var videoFolders = Directory.GetDirectories(Path.Combine(root, "features", "fullFrame-210x260px")).SelectMany(Directory.GetDirectories);
        Assert.Equal(3, videoFolders.Count());
        Assert.Equal(3, Enum.GetValues<CorpusSplit>().Sum(split => SignCorpus.Open(root).Split(split).Count));

        var foreign = directory.Sub("foreign");
        Directory.CreateDirectory(foreign);
        await File.WriteAllTextAsync(Path.Combine(foreign, "notes.txt"), "mine");
        await Assert.ThrowsAsync<IOException>(() => GenerateAsync(foreign, seed: 3, videos: 2));
        Assert.True(File.Exists(Path.Combine(foreign, "notes.txt")));
    }

    [Fact]
    public async Task Progress_counts_every_video()
    {
        var reports = new List<int>();
        var progress = new SynchronousProgress(reports);
        await new SynthSignGenerator(NullLogger<SynthSignGenerator>.Instance).GenerateAsync(
            new SynthSignOptions { Language = SynthSignLanguage.Asl, OutputDirectory = directory.Sub("progress"), Videos = 4, Seed = 1 },
            progress,
            CancellationToken.None);

        Assert.Equal([1, 2, 3, 4], reports.Order());
    }

    [Fact]
    public void Sample_frame_is_an_upscaled_png()
    {
        var png = SynthSignSamples.RenderPng(SynthSignLanguage.Asl, upscale: 2);

        Assert.Equal((420, 520), PngSize(png));
    }

    public void Dispose() => directory.Dispose();

    private static Task<SynthSignCorpus> GenerateAsync(string root, long seed, int videos = Videos, int parallelism = 2) =>
        new SynthSignGenerator(NullLogger<SynthSignGenerator>.Instance).GenerateAsync(
            new SynthSignOptions { Language = SynthSignLanguage.Dgs, OutputDirectory = root, Videos = videos, Seed = seed, MaxParallelism = parallelism },
            null,
            CancellationToken.None);

    private static (int Width, int Height) PngSize(string path) => PngSize(File.ReadAllBytes(path));

    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal("PNG", Encoding.ASCII.GetString(png, 1, 3));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private static string Hash(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; this records reports as they happen.</summary>
    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
