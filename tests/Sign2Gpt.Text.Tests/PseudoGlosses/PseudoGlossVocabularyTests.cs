using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Text.Tests.PseudoGlosses;

public sealed class PseudoGlossVocabularyTests
{
    // Ten sentences: "es" occurs 5 times (share 0.5), "regen" 4 times (0.4, on the threshold),
    // "sonne" 3 times in 2 sentences (0.3), "wind" once.
    private static readonly IReadOnlyList<string>[] Corpus =
    [
        ["es", "regen"], ["es", "regen"], ["es", "regen"], ["es", "regen"], ["es"],
        ["sonne", "sonne"], ["sonne"], ["wind"], [], [],
    ];

    [Fact]
    public void Glosses_at_or_above_the_sentence_share_are_dropped()
    {
        var vocabulary = PseudoGlossVocabulary.Build(Corpus);

        Assert.False(vocabulary.Contains("es"));
        Assert.False(vocabulary.Contains("regen"));
        Assert.Equal(["sonne", "wind"], vocabulary.Glosses);
    }

    [Fact]
    public void A_higher_threshold_keeps_more()
    {
        var vocabulary = PseudoGlossVocabulary.Build(Corpus, maxSentenceShare: 0.45);

        Assert.Equal(["regen", "sonne", "wind"], vocabulary.Glosses);
    }

    [Fact]
    public void Multi_hot_marks_vocabulary_glosses_and_ignores_others()
    {
        var vocabulary = PseudoGlossVocabulary.Build(Corpus);

        Assert.Equal([1f, 1f], vocabulary.MultiHot(["wind", "es", "sonne", "sonne"]));
        Assert.Equal(-1, vocabulary.IndexOf("es"));
        Assert.Equal(1, vocabulary.IndexOf("wind"));
    }

    [Fact]
    public async Task Saved_vocabulary_loads_with_the_same_ids()
    {
        var vocabulary = PseudoGlossVocabulary.Build(Corpus, maxSentenceShare: 1);
        var path = Path.Combine(Path.GetTempPath(), $"vocab-{Guid.NewGuid():N}.txt");
        try
        {
            await vocabulary.SaveAsync(path, CancellationToken.None);
            var loaded = await PseudoGlossVocabulary.LoadAsync(path, CancellationToken.None);

            Assert.Equal(vocabulary.Glosses, loaded.Glosses);
            Assert.Equal(["es", "regen", "sonne", "wind"], loaded.Glosses);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Duplicate_or_blank_glosses_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new PseudoGlossVocabulary(["a", "a"]));
        Assert.Throws<ArgumentException>(() => new PseudoGlossVocabulary(["a b"]));
    }
}
