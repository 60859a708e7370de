using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.Tests.Corpora;

public sealed class PhoenixCorpusTests : IDisposable
{
    private const string First = "01April_2010_Thursday_heute-6694";
    private const string Second = "01April_2010_Thursday_tagesschau-3380";
    private readonly CorpusDirectory _corpus = new();

    public PhoenixCorpusTests()
    {
        _corpus.WritePhoenixAnnotations(
            "train",
            CorpusDirectory.PhoenixRow(First, "Signer04", "JETZT WETTER MORGEN", "und nun die wettervorhersage für morgen ."),
            CorpusDirectory.PhoenixRow(Second, "Signer08", "REGEN NORD", "im norden regnet es ."));
        _corpus.WritePhoenixAnnotations("dev", CorpusDirectory.PhoenixRow("dev-1", "Signer01", "SONNE", "sonne ."));
        _corpus.WritePhoenixAnnotations("test", CorpusDirectory.PhoenixRow("test-1", "Signer05", "WIND", "wind ."));
        _corpus.WriteFrames(_corpus.PhoenixFrames("train", First), "images0001.png", "images0002.png", "images0003.png");
        _corpus.WriteFrames(_corpus.PhoenixFrames("train", Second), "images0001.png");
        _corpus.WriteFrames(_corpus.PhoenixFrames("dev", "dev-1"), "images0001.png");
        _corpus.WriteFrames(_corpus.PhoenixFrames("test", "test-1"), "images0001.png");
    }

    [Fact]
    public void Rows_become_samples_with_every_field()
    {
        var corpus = SignCorpus.Open(_corpus.Root);

        var train = corpus.Split(CorpusSplit.Train);

        Assert.Equal("PHOENIX-2014-T", corpus.Name);
        Assert.Equal("de", corpus.Language);
        Assert.Equal([First, Second], train.Select(s => s.Name));
        var sample = train[0];
        Assert.Equal(CorpusSplit.Train, sample.Split);
        Assert.Equal("und nun die wettervorhersage für morgen .", sample.Translation);
        Assert.Equal("JETZT WETTER MORGEN", sample.Glosses);
        Assert.Equal("Signer04", sample.Signer);
        Assert.Equal(25, sample.Fps);
        Assert.Equal(
            new[] { "images0001.png", "images0002.png", "images0003.png" }.Select(f => Path.Combine(_corpus.PhoenixFrames("train", First), f)),
            sample.FramePaths);
    }

    [Fact]
    public void Each_split_reads_its_own_file_and_frame_folder()
    {
        var corpus = SignCorpus.Open(_corpus.Root);

        Assert.Equal(["dev-1"], corpus.Split(CorpusSplit.Dev).Select(s => s.Name));
        Assert.Equal(["test-1"], corpus.Split(CorpusSplit.Test).Select(s => s.Name));
        Assert.All(corpus.Split(CorpusSplit.Dev), s => Assert.Equal(CorpusSplit.Dev, s.Split));
        Assert.StartsWith(_corpus.PhoenixFrames("test", "test-1"), corpus.Split(CorpusSplit.Test)[0].FramePaths[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Frames_are_in_numeric_order_and_other_files_are_ignored()
    {
        // Unpadded numbers sort wrongly as text (images10 < images2); SynthSign may add an .mp4.
        var frames = _corpus.PhoenixFrames("dev", "dev-1");
        File.Delete(Path.Combine(frames, "images0001.png"));
        _corpus.WriteFrames(frames, "images10.png", "images2.png", "images1.png", "images100.png", "dev-1.mp4", "notes.txt");

        var sample = SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev)[0];

        Assert.Equal(["images1.png", "images2.png", "images10.png", "images100.png"], sample.FramePaths.Select(Path.GetFileName));
    }

    [Fact]
    public void Split_is_read_once_and_then_reused()
    {
        var corpus = SignCorpus.Open(_corpus.Root);

        Assert.Same(corpus.Split(CorpusSplit.Train), corpus.Split(CorpusSplit.Train));
    }

    [Fact]
    public void Missing_split_file_is_named()
    {
        File.Delete(_corpus.PhoenixAnnotations("test"));
        var corpus = SignCorpus.Open(_corpus.Root);

        var error = Assert.Throws<FileNotFoundException>(() => corpus.Split(CorpusSplit.Test));

        Assert.Contains(_corpus.PhoenixAnnotations("test"), error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(corpus.Split(CorpusSplit.Train));
    }

    [Fact]
    public void Row_with_wrong_field_count_is_reported_with_file_and_line()
    {
        _corpus.WritePhoenixAnnotations(
            "dev",
            CorpusDirectory.PhoenixRow("dev-1", "Signer01", "SONNE", "sonne ."),
            "dev-2|dev-2/1/*.png|-1|-1|Signer01|SONNE");

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev));

        Assert.Equal(_corpus.PhoenixAnnotations("dev"), error.Path);
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith($"{_corpus.PhoenixAnnotations("dev")}:3: expected 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_header_is_reported_on_line_1()
    {
        CorpusDirectory.WriteText(_corpus.PhoenixAnnotations("dev"), "name,video,translation\n");

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev));

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("name|video|start|end|speaker|orth|translation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_name_points_at_both_lines()
    {
        var row = CorpusDirectory.PhoenixRow("dev-1", "Signer01", "SONNE", "sonne .");
        _corpus.WritePhoenixAnnotations("dev", row, row);

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("already appears on line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("")]
    public void Name_that_is_not_a_single_folder_is_rejected(string name)
    {
        _corpus.WritePhoenixAnnotations("dev", CorpusDirectory.PhoenixRow(name, "Signer01", "SONNE", "sonne ."));

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev));

        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Empty_translation_is_rejected()
    {
        _corpus.WritePhoenixAnnotations("dev", CorpusDirectory.PhoenixRow("dev-1", "Signer01", "SONNE", "  "));

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev));

        Assert.Contains("empty translation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_frame_folder_names_sample_and_folder()
    {
        Directory.Delete(_corpus.PhoenixFrames("train", Second), recursive: true);

        var error = Assert.Throws<DirectoryNotFoundException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Contains(Second, error.Message, StringComparison.Ordinal);
        Assert.Contains(_corpus.PhoenixFrames("train", Second), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Frame_folder_without_frames_is_rejected()
    {
        var frames = _corpus.PhoenixFrames("test", "test-1");
        File.Delete(Path.Combine(frames, "images0001.png"));
        _corpus.WriteFrames(frames, "test-1.mp4");

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Test));

        Assert.Equal(frames, error.Path);
        Assert.Contains("no *.png frames", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _corpus.Dispose();
}
