using Sign2Gpt.Datasets.Corpora;
using Sign2Gpt.Training.Evaluation;

namespace Sign2Gpt.Training.Tests.Evaluation;

public sealed class MostFrequentSentenceBaselineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sign2gpt-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Corpora_of_one_language_pool_their_training_sentences_for_the_guess_and_their_videos_for_the_score()
    {
        // Alone, the first corpus would guess "es regnet"; pooled, "es schneit" is the most frequent.
        var first = Corpus("first", train: ["es regnet", "es regnet", "es schneit"], test: ["es schneit"]);
        var second = Corpus("second", train: ["es schneit", "es schneit"], test: ["morgen regnet es"]);

        var baseline = BundleEvaluator.MostFrequentSentenceBaseline([first, second], CorpusSplit.Test);

        var pooled = TestSetScorer.Score("de", "most frequent training sentence", [
            new TestSetScorer.Item("es schneit", "es schneit", null),
            new TestSetScorer.Item("es schneit", "morgen regnet es", null),
        ]);
        Assert.Equal(pooled, Assert.Single(baseline));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Corpus(string name, string[] train, string[] test)
    {
        var root = Path.Combine(_root, name);
        Write(root, CorpusSplit.Train, train);
        Write(root, CorpusSplit.Test, test);
        return root;
    }

    private static void Write(string root, CorpusSplit split, string[] translations)
    {
        var folder = split.ToFolderName();
        var rows = translations.Select((translation, i) => $"{folder}{i}|{folder}{i}/1/*.png|-1|-1|Signer01|GLOSS|{translation}");
        var annotations = Path.Combine(root, "annotations", "manual", $"PHOENIX-2014-T.{folder}.corpus.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(annotations)!);
        File.WriteAllText(annotations, string.Join('\n', ["name|video|start|end|speaker|orth|translation", .. rows]) + "\n");
        for (var i = 0; i < translations.Length; i++)
        {
            var frames = Path.Combine(root, "features", "fullFrame-210x260px", folder, $"{folder}{i}");
            Directory.CreateDirectory(frames);
            File.WriteAllBytes(Path.Combine(frames, "images0001.png"), [0x89, 0x50, 0x4E, 0x47]);
        }
    }
}
