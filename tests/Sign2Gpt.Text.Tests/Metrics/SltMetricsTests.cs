using Sign2Gpt.Text.Metrics;

namespace Sign2Gpt.Text.Tests.Metrics;

public sealed class SltMetricsTests
{
    private const int Digits = 10;

    [Fact]
    public void Multi_sentence_corpus_gets_corpus_bleu_and_mean_rouge()
    {
        // BLEU (see BleuStatisticsTests): pooled p_k = 100, BP = exp(1 - 10/8) -> 77.880 at every order.
        // ROUGE-L: (1 + 1.22 / 1.94) / 2 = 0.814433 -> 81.4433
        var scores = SltMetrics.Score(
            ["the cat sat on the mat", "a dog"],
            ["the cat sat on the mat", "a dog barked loudly"],
            MetricTokenization.Words);

        Assert.Equal(100 * Math.Exp(-0.25), scores.Bleu1, Digits);
        Assert.Equal(100 * Math.Exp(-0.25), scores.Bleu4, Digits);
        Assert.Equal((1 + (1.22 / 1.94)) / 2 * 100, scores.RougeL, Digits);
    }

    [Fact]
    public void Chinese_is_scored_on_characters()
    {
        // hyp 我爱你 / ref 我爱他 -> tokens 我 爱 你 / 我 爱 他
        // p1 = 2/3 = 66.667; p2: 我爱, 爱你 vs 我爱, 爱他 -> 1/2 = 50; p3 = 0/1 -> BLEU-3 = BLEU-4 = 0; BP = 1
        // BLEU-1 = 66.667, BLEU-2 = sqrt(66.667 * 50) = sqrt(3333.33) = 57.735
        // ROUGE-L: LCS 2 of 3 each way -> P = R = 2/3 -> F = 2/3 -> 66.667
        var scores = SltMetrics.Score(["我爱你"], ["我爱他"], MetricTokenization.Characters);

        Assert.Equal(200.0 / 3, scores.Bleu1, Digits);
        Assert.Equal(Math.Sqrt(10000.0 / 3), scores.Bleu2, Digits);
        Assert.Equal(0, scores.Bleu3);
        Assert.Equal(0, scores.Bleu4);
        Assert.Equal(200.0 / 3, scores.RougeL, Digits);
    }

    [Fact]
    public void Chinese_scored_as_words_is_all_or_nothing_per_sentence()
    {
        // Without character tokens each sentence is a single token, and 我爱你 ≠ 我爱他.
        var scores = SltMetrics.Score(["我爱你"], ["我爱他"], MetricTokenization.Words);

        Assert.Equal(0, scores.Bleu1);
        Assert.Equal(0, scores.RougeL);
    }

    [Fact]
    public void Spaces_in_character_mode_vanish_for_bleu_but_not_for_rouge()
    {
        // "我 爱" -> "我   爱" (the space is a token too). BLEU splits whitespace runs: 我 爱 = the reference
        // -> p1 = p2 = 100, BLEU-2 = 100. ROUGE splits single spaces: [我, "", "", 爱] vs [我, 爱]
        // -> LCS 2, P = 2/4, R = 1 -> F = 2.44 * 0.5 / (1 + 0.72) = 1.22 / 1.72 = 0.709302 -> 70.9302
        var scores = SltMetrics.Score(["我 爱"], ["我爱"], MetricTokenization.Characters);

        Assert.Equal(100, scores.Bleu2, Digits);
        Assert.Equal(1.22 / 1.72 * 100, scores.RougeL, Digits);
    }

    [Fact]
    public void Several_reference_streams_are_used_together()
    {
        var scores = SltMetrics.Score(["a b c d"], [["a b c"], ["a b c d e"]], MetricTokenization.Words);

        Assert.Equal(100, scores.Bleu4, Digits);
    }
}
