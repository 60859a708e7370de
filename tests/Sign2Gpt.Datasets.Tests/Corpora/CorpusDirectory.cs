using System.Collections;
using Razorvine.Pickle;

namespace Sign2Gpt.Datasets.Tests.Corpora;

/// <summary>A throw-away corpus folder with writers for both layouts; frame files are a few arbitrary bytes.</summary>
internal sealed class CorpusDirectory : IDisposable
{
    public CorpusDirectory() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));

    public string PhoenixAnnotations(string split) =>
        Path.Combine(Root, "annotations", "manual", $"PHOENIX-2014-T.{split}.corpus.csv");

    public string PhoenixFrames(string split, string name) =>
        Path.Combine(Root, "features", "fullFrame-210x260px", split, name);

    public string CslFrames(string name) => Path.Combine(Root, "sentences", "frames_512x512", name);

    public string CslPickle => Path.Combine(Root, "sentence_label", "csl2020ct_v2.pkl");

    public string CslSplitFile => Path.Combine(Root, "sentence_label", "split_1.txt");

    /// <summary>Writes a Phoenix annotation file: the header, then the given rows verbatim.</summary>
    public void WritePhoenixAnnotations(string split, params string[] rows) =>
        WriteText(PhoenixAnnotations(split), string.Join('\n', ["name|video|start|end|speaker|orth|translation", .. rows]) + "\n");

    public static string PhoenixRow(string name, string speaker, string orth, string translation) =>
        $"{name}|{name}/1/*.png|-1|-1|{speaker}|{orth}|{translation}";

    public void WriteFrames(string directory, params string[] fileNames)
    {
        Directory.CreateDirectory(directory);
        foreach (var fileName in fileNames)
        {
            File.WriteAllBytes(Path.Combine(directory, fileName), [0x89, 0x50, 0x4E, 0x47]);
        }
    }

    /// <summary>Pickles <c>{"info": records, "gloss_map": [...]}</c> the way the CSL-Daily release is shaped.</summary>
    public void WriteCslPickle(params IDictionary[] records) =>
        WritePickle(new Hashtable { ["info"] = new ArrayList(records), ["gloss_map"] = new ArrayList { "我", "你" } });

    public void WritePickle(object root)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CslPickle)!);
        using var pickler = new Pickler();
        File.WriteAllBytes(CslPickle, pickler.dumps(root));
    }

    public static Hashtable CslRecord(string name, int signer, string[] characters, string[] glosses, string[] words) => new()
    {
        ["name"] = name,
        ["length"] = 120,
        ["label_gloss"] = new ArrayList(glosses),
        ["label_char"] = new ArrayList(characters),
        ["label_word"] = new ArrayList(words),
        ["signer"] = signer,
        ["time"] = 0,
    };

    public void WriteCslSplits(params string[] lines) =>
        WriteText(CslSplitFile, string.Join('\n', ["name|split", .. lines]) + "\n");

    public static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
