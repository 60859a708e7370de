using Sign2Gpt.Text.Metrics;

namespace Sign2Gpt.Text.Tests.Metrics;

public sealed class BleuStatisticsTests
{
    private const int Digits = 10;

    private static BleuScores Bleu(string[] hypotheses, params string[][] referenceStreams) =>
        BleuStatistics.Collect(hypotheses, referenceStreams).Score();

    [Fact]
    public void Perfect_match_scores_100_at_every_order()
    {
        // 6 tokens, p1..p4 = 6/6, 5/5, 4/4, 3/3 = 100; c = r = 6 so BP = 1; BLEU-n = exp(mean log 100) = 100.
        var scores = Bleu(["the cat sat on the mat"], ["the cat sat on the mat"]);

        Assert.Equal(100, scores.Bleu1, Digits);
        Assert.Equal(100, scores.Bleu2, Digits);
        Assert.Equal(100, scores.Bleu3, Digits);
        Assert.Equal(100, scores.Bleu4, Digits);
        Assert.Equal(1, scores.BrevityPenalty);
    }

    [Fact]
    public void One_substitution_lowers_each_order_by_the_ngrams_it_breaks()
    {
        // hyp: the dog sat on the mat / ref: the cat sat on the mat
        // 1-grams: the,dog,sat,on,the,mat -> the×2 (ref has 2), sat, on, mat match: 5/6 -> p1 = 83.333...
        // 2-grams: the dog, dog sat, sat on, on the, the mat -> sat on, on the, the mat: 3/5 -> p2 = 60
        // 3-grams: the dog sat, dog sat on, sat on the, on the mat -> last two: 2/4 -> p3 = 50
        // 4-grams: the dog sat on, dog sat on the, sat on the mat -> last one: 1/3 -> p4 = 33.333...
        // c = r = 6 -> BP = 1
        // BLEU-1 = 83.333..., BLEU-2 = sqrt(83.333 * 60) = sqrt(5000) = 70.7107
        // BLEU-3 = cbrt(83.333 * 60 * 50) = cbrt(250000) = 62.9961
        // BLEU-4 = (250000 * 33.333)^(1/4) = 8333333.33^(1/4) = 53.7285
        var scores = Bleu(["the dog sat on the mat"], ["the cat sat on the mat"]);

        Assert.Equal(500.0 / 6, scores.Precisions[0], Digits);
        Assert.Equal(60, scores.Precisions[1], Digits);
        Assert.Equal(50, scores.Precisions[2], Digits);
        Assert.Equal(100.0 / 3, scores.Precisions[3], Digits);
        Assert.Equal(500.0 / 6, scores.Bleu1, Digits);
        Assert.Equal(Math.Sqrt(5000), scores.Bleu2, Digits);
        Assert.Equal(Math.Cbrt(250000), scores.Bleu3, Digits);
        Assert.Equal(Math.Pow(250000 * 100.0 / 3, 0.25), scores.Bleu4, Digits);
        Assert.Equal(53.7285, scores.Bleu4, 4);
    }

    [Fact]
    public void Shorter_hypothesis_pays_the_brevity_penalty()
    {
        // hyp: the cat sat on (c = 4) / ref: the cat sat on the mat (r = 6)
        // every hypothesis n-gram is in the reference: p1..p4 = 4/4, 3/3, 2/2, 1/1 = 100
        // c < r -> BP = exp(1 - r/c) = exp(1 - 6/4) = exp(-0.5) = 0.60653
        // BLEU-n = 0.60653 * 100 = 60.653 for every n
        var scores = Bleu(["the cat sat on"], ["the cat sat on the mat"]);

        Assert.Equal(Math.Exp(-0.5), scores.BrevityPenalty, Digits);
        Assert.Equal(60.6531, scores.Bleu1, 4);
        Assert.Equal(60.6531, scores.Bleu4, 4);
    }

    [Fact]
    public void Longer_hypothesis_pays_no_brevity_penalty()
    {
        // hyp: a b c d e f (c = 6) / ref: a b c d (r = 4): c >= r -> BP = 1; p1 = 4/6 -> BLEU-1 = 66.667
        var scores = Bleu(["a b c d e f"], ["a b c d"]);

        Assert.Equal(1, scores.BrevityPenalty);
        Assert.Equal(400.0 / 6, scores.Bleu1, Digits);
    }

    [Fact]
    public void Empty_hypothesis_scores_zero()
    {
        // c = 0 < r = 2 -> BP = 0 (the reference's guard against dividing by c = 0);
        // total_k = 0 for all k -> every p_k = 0 -> log taken as -9999999999 -> exp(...) = 0.
        var scores = Bleu([""], ["the cat"]);

        Assert.Equal(0, scores.BrevityPenalty);
        Assert.All(new[] { scores.Bleu1, scores.Bleu2, scores.Bleu3, scores.Bleu4 }, s => Assert.Equal(0, s));
    }

    [Fact]
    public void No_4gram_overlap_zeroes_bleu4_but_not_lower_orders()
    {
        // hyp: a b c x e / ref: a b c d e
        // p1 = 4/5 = 80 (a b c e); p2 = 2/4 = 50 (a b, b c); p3 = 1/3 = 33.333 (a b c); p4 = 0/2 = 0
        // BP = 1 (c = r = 5)
        // BLEU-1 = 80, BLEU-2 = sqrt(80 * 50) = 63.2456, BLEU-3 = cbrt(80 * 50 * 33.333) = cbrt(133333.33) = 51.0873
        // BLEU-4 = exp((log 80 + log 50 + log 33.3 - 9999999999) / 4) = exp(-2.5e9) = 0 exactly
        var scores = Bleu(["a b c x e"], ["a b c d e"]);

        Assert.Equal(80, scores.Bleu1, Digits);
        Assert.Equal(Math.Sqrt(4000), scores.Bleu2, Digits);
        Assert.Equal(Math.Cbrt(400000.0 / 3), scores.Bleu3, Digits);
        Assert.Equal(0, scores.Bleu4);
    }

    [Fact]
    public void Order_with_no_ngrams_at_all_counts_as_zero()
    {
        // 3 tokens: total_4 = 0, so p4 = 0 (not undefined, not skipped): BLEU-3 = 100 but BLEU-4 = 0.
        var scores = Bleu(["a b c"], ["a b c"]);

        Assert.Equal(100, scores.Bleu3, Digits);
        Assert.Equal(0, scores.Precisions[3]);
        Assert.Equal(0, scores.Bleu4);
    }

    [Fact]
    public void Corpus_bleu_pools_counts_over_sentences_before_scoring()
    {
        // S1: the cat sat on the mat (identical, 6 tokens): correct/total = 6/6, 5/5, 4/4, 3/3
        // S2: hyp "a dog" vs ref "a dog barked loudly":  correct/total = 2/2, 1/1, 0/0, 0/0
        // pooled: p1 = 8/8, p2 = 6/6, p3 = 4/4, p4 = 3/3 = 100 each
        // c = 6 + 2 = 8, r = 6 + 4 = 10 -> BP = exp(1 - 10/8) = exp(-0.25) = 0.7788
        // BLEU-n = 77.880 for every n; S2 on its own would have BLEU-3 = BLEU-4 = 0.
        var scores = Bleu(["the cat sat on the mat", "a dog"], ["the cat sat on the mat", "a dog barked loudly"]);

        Assert.Equal(new long[] { 8, 6, 4, 3 }, BleuStatistics.Collect(["the cat sat on the mat", "a dog"], [["the cat sat on the mat", "a dog barked loudly"]]).Total);
        Assert.Equal(100 * Math.Exp(-0.25), scores.Bleu3, Digits);
        Assert.Equal(100 * Math.Exp(-0.25), scores.Bleu4, Digits);
    }

    [Fact]
    public void Counts_are_clipped_by_the_largest_count_in_any_one_reference()
    {
        // hyp: the the the the; ref A: "the cat the" (the×2), ref B: "the the the dog" (the×3)
        // clip = max(2, 3) = 3, not the sum 5 and not the min 2: p1 = 3/4 = 75
        // lengths 3 and 4, c = 4 -> r = 4 -> BP = 1 -> BLEU-1 = 75
        var scores = Bleu(["the the the the"], ["the cat the"], ["the the the dog"]);

        Assert.Equal(75, scores.Bleu1, Digits);
    }

    [Fact]
    public void Closest_reference_length_ties_go_to_the_shorter_reference()
    {
        // hyp: a b c d (c = 4); refs of length 3 and 5 are both 1 away -> r = 3 -> c >= r -> BP = 1.
        // Every hypothesis n-gram occurs in "a b c d e" -> all p_k = 100 -> BLEU = 100.
        // Had the tie gone to 5, BP = exp(1 - 5/4) and BLEU = 77.88. Order of the streams must not matter.
        var shortFirst = Bleu(["a b c d"], ["a b c"], ["a b c d e"]);
        var longFirst = Bleu(["a b c d"], ["a b c d e"], ["a b c"]);

        Assert.Equal(100, shortFirst.Bleu4, Digits);
        Assert.Equal(100, longFirst.Bleu4, Digits);
        Assert.Equal(3, BleuStatistics.Collect(["a b c d"], [["a b c d e"], ["a b c"]]).ReferenceLength);
    }

    [Fact]
    public void Tokens_are_split_on_any_whitespace_run_without_further_tokenisation()
    {
        // Tabs, doubled spaces and an ideographic space separate tokens; punctuation stays attached.
        var scores = Bleu(["a\tb  c\u3000d."], ["a b c d."]);

        Assert.Equal(100, scores.Bleu4, Digits);
        Assert.Equal(0, Bleu(["d ."], ["d."]).Bleu1);
    }

    [Fact]
    public void Misaligned_reference_stream_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => BleuStatistics.Collect(["a", "b"], [["a"]]));

        Assert.Contains("1 sentences but there are 2 hypotheses", error.Message, StringComparison.Ordinal);
    }
}
