using Sign2Gpt.Text.Metrics;

namespace Sign2Gpt.Text.Tests.Metrics;

public sealed class RougeLTests
{
    private const int Digits = 10;

    [Fact]
    public void Perfect_match_scores_100()
    {
        // LCS = 6 of 6: P = R = 1; F = (1 + 1.44) * 1 * 1 / (1 + 1.44 * 1) = 1 -> ×100
        Assert.Equal(100, RougeL.Score(["the cat sat on the mat"], [["the cat sat on the mat"]]), Digits);
    }

    [Fact]
    public void One_substitution()
    {
        // LCS(the dog sat on the mat, the cat sat on the mat) = 5 (the sat on the mat)
        // P = R = 5/6 -> F = 2.44 * (5/6)^2 / (5/6 * 2.44) = 5/6 -> 83.333
        Assert.Equal(500.0 / 6, RougeL.Score(["the dog sat on the mat"], [["the cat sat on the mat"]]), Digits);
    }

    [Fact]
    public void Recall_weighs_more_than_precision()
    {
        // hyp: the cat sat on / ref: the cat sat on the mat: LCS = 4, P = 4/4 = 1, R = 4/6
        // F = 2.44 * 1 * (2/3) / (2/3 + 1.44 * 1) = 1.62667 / 2.10667 = 4.88 / 6.32 = 0.772152 -> 77.2152
        var shortHypothesis = RougeL.SentenceScore("the cat sat on", ["the cat sat on the mat"]);
        // Swapped roles (P = 2/3, R = 1): F = 2.44 * (2/3) / (1 + 1.44 * 2/3) = 1.62667 / 1.96 = 0.829932
        var longHypothesis = RougeL.SentenceScore("the cat sat on the mat", ["the cat sat on"]);

        Assert.Equal(4.88 / 6.32, shortHypothesis, Digits);
        Assert.Equal(2.44 * 2 / 3 / (1 + (1.44 * 2 / 3)), longHypothesis, Digits);
    }

    [Fact]
    public void Empty_hypothesis_is_one_empty_token()
    {
        // "" splits into [""]: against "the cat" LCS = 0 -> 0; against an empty reference [""] LCS = 1 -> 1.
        Assert.Equal(0, RougeL.SentenceScore("", ["the cat"]));
        Assert.Equal(1, RougeL.SentenceScore("", [""]), Digits);
    }

    [Fact]
    public void Corpus_score_is_the_mean_of_sentence_scores()
    {
        // S1 identical -> 1; S2 "a dog" vs "a dog barked loudly": LCS 2, P = 1, R = 0.5
        //   F = 2.44 * 0.5 / (0.5 + 1.44) = 1.22 / 1.94 = 0.628866; S3 empty -> 0
        // mean = (1 + 0.628866 + 0) / 3 = 0.542955 -> 54.2955
        var score = RougeL.Score(
            ["the cat sat on the mat", "a dog", ""],
            [["the cat sat on the mat", "a dog barked loudly", "nothing here"]]);

        Assert.Equal((1 + (1.22 / 1.94)) / 3 * 100, score, Digits);
    }

    [Fact]
    public void Tokens_split_on_single_spaces_only()
    {
        // "a  b" is [a, "", b]: LCS with [a, b] = 2, P = 2/3, R = 1 -> F = 2.44 * 2/3 / (1 + 1.44 * 2/3) = 0.829932
        // A tab does not split: "a\tb" is one token and shares nothing with [a, b].
        Assert.Equal(2.44 * 2 / 3 / (1 + (1.44 * 2 / 3)), RougeL.SentenceScore("a  b", ["a b"]), Digits);
        Assert.Equal(0, RougeL.SentenceScore("a\tb", ["a b"]));
    }

    [Fact]
    public void Best_precision_and_best_recall_may_come_from_different_references()
    {
        // hyp: a b (2 tokens); ref 1 "a" -> LCS 1, P = 1/2, R = 1; ref 2 "a b c d" -> LCS 2, P = 1, R = 1/2
        // max P = 1, max R = 1 -> F = 1, though each reference alone gives less.
        Assert.Equal(1, RougeL.SentenceScore("a b", ["a", "a b c d"]), Digits);
        Assert.True(RougeL.SentenceScore("a b", ["a"]) < 1);
    }

    [Fact]
    public void Longest_common_subsequence_skips_gaps_in_both_sequences()
    {
        Assert.Equal(3, RougeL.LongestCommonSubsequence(["a", "x", "b", "y", "c"], ["a", "b", "z", "c"]));
        Assert.Equal(0, RougeL.LongestCommonSubsequence([], ["a"]));
    }

    [Fact]
    public void An_empty_corpus_has_no_mean()
    {
        Assert.Throws<ArgumentException>(() => RougeL.Score([], [[]]));
    }
}
