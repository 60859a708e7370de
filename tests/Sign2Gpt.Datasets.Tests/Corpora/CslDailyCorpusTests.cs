using System.Collections;
using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.Tests.Corpora;

public sealed class CslDailyCorpusTests : IDisposable
{
    private readonly CorpusDirectory _corpus = new();

    public CslDailyCorpusTests()
    {
        _corpus.WriteCslPickle(
            CorpusDirectory.CslRecord("S000000_P0000_T00", 0, ["我", "爱", "你", "。"], ["我", "爱", "你"], ["我", "爱", "你", "。"]),
            CorpusDirectory.CslRecord("S000001_P0003_T00", 3, ["今", "天", "下", "雨"], ["今天", "雨"], ["今天", "下雨"]),
            CorpusDirectory.CslRecord("S000002_P0001_T00", 1, ["你", "好"], ["你好"], ["你好"]),
            CorpusDirectory.CslRecord("S000003_P0002_T00", 2, ["谢", "谢"], ["谢谢"], ["谢谢"]),
            CorpusDirectory.CslRecord("S000004_P0002_T00", 2, ["不", "在", "分", "割"], ["不"], ["不在", "分割"]));
        _corpus.WriteCslSplits(
            "S000002_P0001_T00|dev",
            "S000000_P0000_T00|train",
            "S000003_P0002_T00|test",
            "S000001_P0003_T00|train",
            "S999999_P0000_T00|test");
        foreach (var name in new[] { "S000000_P0000_T00", "S000001_P0003_T00", "S000002_P0001_T00", "S000003_P0002_T00" })
        {
            _corpus.WriteFrames(_corpus.CslFrames(name), "000000.jpg", "000001.jpg");
        }
    }

    [Fact]
    public void Pickle_records_become_samples_with_character_translations()
    {
        var corpus = SignCorpus.Open(_corpus.Root);

        var sample = corpus.Split(CorpusSplit.Train)[1];

        Assert.Equal("CSL-Daily", corpus.Name);
        Assert.Equal("zh", corpus.Language);
        Assert.Equal("S000001_P0003_T00", sample.Name);
        Assert.Equal(CorpusSplit.Train, sample.Split);
        Assert.Equal("今天下雨", sample.Translation);
        Assert.Equal("今天 雨", sample.Glosses);
        Assert.Equal("3", sample.Signer);
        Assert.Equal(30, sample.Fps);
        Assert.Equal(
            new[] { "000000.jpg", "000001.jpg" }.Select(f => Path.Combine(_corpus.CslFrames("S000001_P0003_T00"), f)),
            sample.FramePaths);
    }

    [Fact]
    public void Pickle_written_by_python_3_is_read()
    {
        // pickle.dumps(..., protocol=4) by CPython 3.11 of two records shaped like the release
        // (with Sign2GPT's extra 'label_postag') plus gloss_map/char_map/word_map: exercises framing,
        // memoised strings and UTF-8, which the test-side Pickler (protocol 2) does not produce.
        File.WriteAllBytes(_corpus.CslPickle, Convert.FromBase64String(Python3CslPickle));

        var train = SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train);

        Assert.Equal(["S000000_P0000_T00", "S000001_P0003_T00"], train.Select(s => s.Name));
        Assert.Equal(["我爱你。", "今天下雨"], train.Select(s => s.Translation));
        Assert.Equal(["我 爱 你", "今天 雨"], train.Select(s => s.Glosses));
        Assert.Equal(["0", "3"], train.Select(s => s.Signer));
    }

    [Fact]
    public void Split_file_decides_membership_and_pickle_order_is_kept()
    {
        var corpus = SignCorpus.Open(_corpus.Root);

        // S000004 is in no split (and has no frames: never listed); S999999 has no record: ignored.
        Assert.Equal(["S000000_P0000_T00", "S000001_P0003_T00"], corpus.Split(CorpusSplit.Train).Select(s => s.Name));
        Assert.Equal(["S000002_P0001_T00"], corpus.Split(CorpusSplit.Dev).Select(s => s.Name));
        Assert.Equal(["S000003_P0002_T00"], corpus.Split(CorpusSplit.Test).Select(s => s.Name));
    }

    [Fact]
    public void Frames_are_in_numeric_order()
    {
        var frames = _corpus.CslFrames("S000002_P0001_T00");
        _corpus.WriteFrames(frames, "9.jpg", "10.jpg", "000002.jpg");

        var sample = SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev)[0];

        Assert.Equal(["000000.jpg", "000001.jpg", "000002.jpg", "9.jpg", "10.jpg"], sample.FramePaths.Select(Path.GetFileName));
    }

    [Fact]
    public void Frames_are_found_in_the_folder_the_official_archive_unpacks_to()
    {
        var documented = Path.Combine(_corpus.Root, "sentences");
        Directory.Move(documented, Path.Combine(_corpus.Root, "sentence"));

        var sample = SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev)[0];

        Assert.StartsWith(Path.Combine(_corpus.Root, "sentence", "frames_512x512"), sample.FramePaths[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_keys_may_be_missing()
    {
        _corpus.WriteCslPickle(new Hashtable { ["name"] = "S000002_P0001_T00", ["label_char"] = new ArrayList { "你", "好" } });

        var sample = SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Dev)[0];

        Assert.Equal("你好", sample.Translation);
        Assert.Null(sample.Glosses);
        Assert.Null(sample.Signer);
    }

    [Fact]
    public void Missing_split_file_is_named()
    {
        File.Delete(_corpus.CslSplitFile);

        var error = Assert.Throws<FileNotFoundException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Contains(_corpus.CslSplitFile, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_split_line_is_reported_with_file_and_line()
    {
        _corpus.WriteCslSplits("S000000_P0000_T00|train", "S000001_P0003_T00 train");

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Equal(_corpus.CslSplitFile, error.Path);
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith($"{_corpus.CslSplitFile}:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_split_value_is_reported_with_its_line()
    {
        _corpus.WriteCslSplits("S000000_P0000_T00|validation");

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("'validation'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_file_needs_its_header()
    {
        CorpusDirectory.WriteText(_corpus.CslSplitFile, "S000000_P0000_T00|train\n");

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void Pickle_without_info_lists_the_keys_it_has()
    {
        _corpus.WritePickle(new Hashtable { ["gloss_map"] = new ArrayList() });

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Equal(_corpus.CslPickle, error.Path);
        Assert.Contains("no 'info' key (keys: gloss_map)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_without_label_char_is_named_by_index_and_name()
    {
        _corpus.WriteCslPickle(
            CorpusDirectory.CslRecord("S000000_P0000_T00", 0, ["我"], [], []),
            new Hashtable { ["name"] = "S000001_P0003_T00", ["label_word"] = new ArrayList { "今天" } });

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Contains("info[1] ('S000001_P0003_T00') has no 'label_char'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_of_the_wrong_type_is_described()
    {
        var record = CorpusDirectory.CslRecord("S000000_P0000_T00", 0, ["我"], [], []);
        record["label_char"] = "我爱你";
        _corpus.WriteCslPickle(record);

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Contains("'label_char' should be a list of str but is str '我爱你'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pickle_that_is_not_a_dict_is_rejected()
    {
        _corpus.WritePickle(new ArrayList { "S000000_P0000_T00" });

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Contains("expected a pickled dict with key 'info'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("gASVdQEAAAAAAAB9lCiMBGluZm+UXZQofZQojARuYW1l")] // the pickle above, cut short
    [InlineData("bmFtZXxzcGxpdApTMDAwMDAwX1AwMDAwX1QwMHx0cmFpbgo=")] // a split file saved under the pickle's name
    [InlineData("gAT/")] // an invalid opcode
    public void Unreadable_pickle_is_reported_with_its_path(string base64)
    {
        File.WriteAllBytes(_corpus.CslPickle, Convert.FromBase64String(base64));

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Equal(_corpus.CslPickle, error.Path);
        Assert.Contains("not a readable Python pickle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_record_names_are_rejected()
    {
        var record = CorpusDirectory.CslRecord("S000000_P0000_T00", 0, ["我"], [], []);
        _corpus.WriteCslPickle(record, record);

        var error = Assert.Throws<CorpusFormatException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Train));

        Assert.Contains("info[1]: sample 'S000000_P0000_T00' already appears as info[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_frame_folder_names_sample_and_folder()
    {
        Directory.Delete(_corpus.CslFrames("S000003_P0002_T00"), recursive: true);

        var error = Assert.Throws<DirectoryNotFoundException>(() => SignCorpus.Open(_corpus.Root).Split(CorpusSplit.Test));

        Assert.Contains("S000003_P0002_T00", error.Message, StringComparison.Ordinal);
        Assert.Contains(_corpus.CslFrames("S000003_P0002_T00"), error.Message, StringComparison.Ordinal);
    }

    private const string Python3CslPickle =
        "gASVdQEAAAAAAAB9lCiMBGluZm+UXZQofZQojARuYW1llIwRUzAwMDAwMF9QMDAwMF9UMDCUjAZsZW5ndGiUS3iMC2xhYmVsX2dsb3NzlF2UKIwD5oiRlIwD54ixlIwD5L2glGWMCmxhYmVsX2NoYXKUXZQoaAloCmgLjAPjgIKUZYwKbGFiZWxfd29yZJRdlChoCWgKaAtoDmWMDGxhYmVsX3Bvc3RhZ5RdlCiMAXKUjAF2lGgTjAF3lGWMBnNpZ25lcpRLAIwEdGltZZRLAHV9lChoBIwRUzAwMDAwMV9QMDAwM19UMDCUaAZLYmgHXZQojAbku4rlpKmUjAPpm6iUZWgMXZQojAPku4qUjAPlpKmUjAPkuIuUaBxlaA9dlChoG4wG5LiL6ZuolGVoEV2UKIwBdJRoFGVoFksDaBdLAHVljAlnbG9zc19tYXCUXZQoaAloCmgLaBtoHGWMCGNoYXJfbWFwlF2UaAlhjAh3b3JkX21hcJRdlGgJYXUu";

    public void Dispose() => _corpus.Dispose();
}
