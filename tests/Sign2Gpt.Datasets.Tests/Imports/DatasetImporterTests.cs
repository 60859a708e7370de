using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Datasets.Imports;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.Tests.SynthSign;
using Sign2Gpt.Inference.Media;

namespace Sign2Gpt.Datasets.Tests.Imports;

public sealed class DatasetImporterTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly DatasetImporter _importer;

    public DatasetImporterTests()
    {
        var options = Options.Create(new VideoDecoderOptions());
        _importer = new DatasetImporter(new VideoDecoder(options, new VideoProbe(options)), NullLogger<DatasetImporter>.Instance);
    }

    [Fact]
    public async Task A_phoenix_layout_zip_is_imported_as_a_corpus_with_its_samples()
    {
        var corpus = await SynthAsync("phoenix");
        var zip = Zip(corpus, "phoenix.zip", inFolder: true);
        var destination = _directory.Sub("imported-phoenix");

        var report = await _importer.ImportAsync(zip, "en", destination, DatasetLimits.Default, CancellationToken.None);

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        var opened = SignCorpus.Open(destination);
        Assert.Equal(report.Samples[CorpusSplit.Train], opened.Split(CorpusSplit.Train).Count);
        Assert.Equal(8, report.Samples.Values.Sum());
        Assert.Equal("PHOENIX-2014-T", DatasetManifest.Read(destination)!.SourceLayout);
        Assert.Empty(Directory.GetDirectories(_directory.Root, "imported-phoenix.staging-*"));
    }

    [Fact]
    public async Task Every_bad_row_of_a_phoenix_layout_is_reported_and_nothing_is_imported()
    {
        var corpus = await SynthAsync("broken-phoenix");
        var annotations = PhoenixAnnotations(corpus, CorpusSplit.Train);
        var lines = File.ReadAllLines(annotations);
        var missingFrames = lines[1].Split('|')[0];
        var emptyTranslation = lines[2].Split('|')[0];
        Directory.Delete(Path.Combine(corpus, "features", "fullFrame-210x260px", "train", missingFrames), recursive: true);
        lines[2] = string.Join('|', lines[2].Split('|')[..6]) + "|   ";
        File.WriteAllLines(annotations, [.. lines, "short|row"]);
        var destination = _directory.Sub("not-imported");

        var report = await _importer.ImportAsync(Zip(corpus, "broken.zip"), "de", destination, DatasetLimits.Default, CancellationToken.None);

        Assert.False(report.Imported);
        Assert.Equal(3, report.Problems.Count);
        Assert.Contains(report.Problems, p => p.Item.Contains(missingFrames, StringComparison.Ordinal) && p.Message.Contains("no PNG frames", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Item.Contains(emptyTranslation, StringComparison.Ordinal) && p.Message == "has an empty translation");
        Assert.Contains(report.Problems, p => p.Item.Contains($"line {lines.Length + 1}", StringComparison.Ordinal) && p.Message.StartsWith("has 2 fields", StringComparison.Ordinal));
        Assert.False(Directory.Exists(destination));
        Assert.Empty(Directory.GetDirectories(_directory.Root, "not-imported*"));
    }

    [Fact]
    public async Task Videos_with_a_translations_csv_become_a_corpus_of_frames_in_the_datasets_language()
    {
        var source = Directory.CreateDirectory(_directory.Sub("csv")).FullName;
        await ClipAsync(Path.Combine(source, "clips", "hello.mp4"));
        await ClipAsync(Path.Combine(source, "weather.webm"));
        File.WriteAllText(Path.Combine(source, "translations.csv"), """
            translation,video,split
            hello there,clips/hello.mp4,
            "it rains, then it snows",weather.webm,Dev
            """);
        var destination = _directory.Sub("imported-csv");

        var report = await _importer.ImportAsync(Zip(source, "csv.zip"), "en", destination, DatasetLimits.Default, CancellationToken.None);

        Assert.True(report.Imported, string.Join("; ", report.Problems));
        var corpus = SignCorpus.Open(destination);
        Assert.Equal("en", corpus.Language);
        var train = Assert.Single(corpus.Split(CorpusSplit.Train));
        var dev = Assert.Single(corpus.Split(CorpusSplit.Dev));
        Assert.Equal(("hello", "hello there"), (train.Name, train.Translation));
        Assert.Equal(("weather", "it rains, then it snows"), (dev.Name, dev.Translation));
        Assert.InRange(train.FramePaths.Count, 20, 30);
    }

    [Fact]
    public async Task Every_bad_row_of_a_translations_csv_is_reported_by_row_and_name_and_nothing_is_imported()
    {
        var source = Directory.CreateDirectory(_directory.Sub("bad-csv")).FullName;
        await ClipAsync(Path.Combine(source, "good.mp4"));
        await ClipAsync(Path.Combine(source, "again", "good.mp4"));
        File.WriteAllText(Path.Combine(source, "broken.mp4"), "not a video at all");
        File.WriteAllText(Path.Combine(source, "translations.csv"), """
            video,translation,split
            good.mp4,a fine sentence,train
            missing.mp4,where is it,train
            broken.mp4,a broken file,train
            good.mp4,,dev
            again/good.mp4,same name twice,test
            ../outside.mp4,escaping the zip,train
            good.mp4,wrong split,validation
            """);
        var destination = _directory.Sub("not-imported-csv");

        var report = await _importer.ImportAsync(Zip(source, "bad.zip"), "de", destination, DatasetLimits.Default, CancellationToken.None);

        Assert.False(report.Imported);
        string[] expected =
        [
            "row 3 (missing.mp4): names a video that is not in the zip",
            "row 4 (broken.mp4): cannot be read as a video",
            "row 5 (good.mp4): has an empty translation",
            "row 6 (again/good.mp4): names a video called 'good' like an earlier row",
            "row 7 (../outside.mp4): needs the path of a video inside the zip",
            "row 8 (good.mp4): has split 'validation'; use train, dev or test",
        ];
        foreach (var problem in expected)
        {
            Assert.Contains(report.Problems, p => p.ToString().Contains(problem, StringComparison.Ordinal));
        }

        Assert.False(Directory.Exists(destination));
    }

    [Fact]
    public async Task A_zip_reaching_outside_itself_or_too_large_or_no_zip_at_all_is_refused_before_unpacking()
    {
        var escaping = _directory.Sub("escaping.zip");
        using (var zip = ZipFile.Open(escaping, ZipArchiveMode.Create))
        {
            await using var entry = await zip.CreateEntry("../evil.txt").OpenAsync();
            await entry.WriteAsync("x"u8.ToArray());
        }

        var notZip = _directory.Sub("not.zip");
        await File.WriteAllTextAsync(notZip, "plain text");

        var outside = await _importer.ImportAsync(escaping, "de", _directory.Sub("a"), DatasetLimits.Default, CancellationToken.None);
        var tooLarge = await _importer.ImportAsync(escaping, "de", _directory.Sub("b"), new DatasetLimits(MaxBytes: 0, MaxFiles: 10, MaxVideos: 10), CancellationToken.None);
        var plain = await _importer.ImportAsync(notZip, "de", _directory.Sub("c"), DatasetLimits.Default, CancellationToken.None);

        Assert.Equal(("../evil.txt", "points outside the dataset"), (outside.Problems[0].Item, outside.Problems[0].Message));
        Assert.Contains(tooLarge.Problems, p => p.Message.StartsWith("unpacks to", StringComparison.Ordinal));
        Assert.Equal("is not a zip file", Assert.Single(plain.Problems).Message);
        Assert.False(File.Exists(Path.Combine(_directory.Root, "evil.txt")));
        Assert.Empty(Directory.GetDirectories(_directory.Root));
    }

    public void Dispose() => _directory.Dispose();

    private async Task<string> SynthAsync(string name)
    {
        var root = _directory.Sub(name);
        await new SynthSignGenerator(NullLogger<SynthSignGenerator>.Instance).GenerateAsync(
            new SynthSignOptions { Language = SynthSignLanguage.Asl, OutputDirectory = root, Videos = 8, Seed = 3 }, null, CancellationToken.None);
        return root;
    }

    private static string PhoenixAnnotations(string root, CorpusSplit split) =>
        Path.Combine(root, "annotations", "manual", $"PHOENIX-2014-T.{split.ToString().ToLowerInvariant()}.corpus.csv");

    private string Zip(string folder, string name, bool inFolder = false)
    {
        var path = _directory.Sub(name);
        ZipFile.CreateFromDirectory(folder, path, CompressionLevel.Fastest, includeBaseDirectory: inFolder);
        Directory.Delete(folder, recursive: true);
        return path;
    }

    private static async Task ClipAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var codec = path.EndsWith(".webm", StringComparison.Ordinal) ? "libvpx" : "libx264";
        using var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=96x96:rate=25", "-t", "1", "-c:v", codec, "-pix_fmt", "yuv420p", path]))!;
        await ffmpeg.WaitForExitAsync();
        Assert.Equal(0, ffmpeg.ExitCode);
    }
}
