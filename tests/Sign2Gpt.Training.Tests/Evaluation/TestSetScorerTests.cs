using Sign2Gpt.Training.Evaluation;

namespace Sign2Gpt.Training.Tests.Evaluation;

public sealed class TestSetScorerTests
{
    [Fact]
    public void Most_frequent_sentence_wins_and_ties_break_alphabetically()
    {
        Assert.Equal("b", TestSetScorer.MostFrequentSentence(["a", "b", "c", "b", "a", "b"]));
        Assert.Equal("a", TestSetScorer.MostFrequentSentence(["b", "a"]));
    }

    [Fact]
    public void Perfect_translations_score_100_and_gloss_precision_counts_wrong_glosses()
    {
        const string Sentence = "morgen regnet es im norden";
        var items = new[]
        {
            // Reference pseudo-glosses: morgen, regnen, es, norden. Localised: regnen (right) and sonne (wrong).
            new TestSetScorer.Item(Sentence, Sentence, ["regnen", "sonne"]),
        };

        var score = TestSetScorer.Score("de", "test", items);

        Assert.Equal(100, score.Bleu4, 6);
        Assert.Equal(100, score.RougeL, 6);
        Assert.Equal(0.5, score.GlossPrecision!.Value, 6);
        Assert.Equal(0.25, score.GlossRecall!.Value, 6);
    }

    [Fact]
    public void A_system_without_timeline_has_no_gloss_scores()
    {
        var score = TestSetScorer.Score("en", "baseline", [new TestSetScorer.Item("it rains", "it snows", null)]);

        Assert.Null(score.GlossF1);
        Assert.True(score.Bleu1 > 0 && score.Bleu4 == 0);
    }
}
