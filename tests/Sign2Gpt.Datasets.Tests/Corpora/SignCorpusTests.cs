using System.Collections;
using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.Tests.Corpora;

public sealed class SignCorpusTests : IDisposable
{
    private readonly CorpusDirectory _corpus = new();

    [Fact]
    public void Phoenix_marker_opens_the_phoenix_layout()
    {
        _corpus.WritePhoenixAnnotations("train");

        var corpus = SignCorpus.Open(_corpus.Root);

        Assert.Equal("PHOENIX-2014-T", corpus.Name);
        Assert.Equal(_corpus.Root, corpus.Root);
    }

    [Fact]
    public void Csl_marker_opens_the_csl_daily_layout()
    {
        _corpus.WriteCslPickle();

        Assert.Equal("CSL-Daily", SignCorpus.Open(_corpus.Root).Name);
    }

    [Fact]
    public void Relative_root_is_made_absolute()
    {
        _corpus.WritePhoenixAnnotations("train");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _corpus.Root);

        Assert.Equal(_corpus.Root, SignCorpus.Open(relative).Root);
    }

    [Fact]
    public void Unknown_layout_says_what_was_expected()
    {
        CorpusDirectory.WriteText(Path.Combine(_corpus.Root, "annotations", "PHOENIX-2014-T.train.corpus.csv"), "misplaced");

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root));

        Assert.Equal(_corpus.Root, error.Path);
        Assert.Contains("not a known corpus layout", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("annotations", "manual", "PHOENIX-2014-T.train.corpus.csv"), error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("sentence_label", "csl2020ct_v2.pkl"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_layouts_in_one_folder_is_ambiguous()
    {
        _corpus.WritePhoenixAnnotations("train");
        _corpus.WritePickle(new Hashtable { ["info"] = new ArrayList() });

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root));

        Assert.Contains("holds both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_directory_is_named()
    {
        var missing = Path.Combine(_corpus.Root, "nowhere");

        var error = Assert.Throws<DirectoryNotFoundException>(() => SignCorpus.Open(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _corpus.Dispose();
}
