using Sign2Gpt.Inference.Tokenization;
using Sign2Gpt.Inference.Translation;
using static Sign2Gpt.Inference.Tests.Translation.TableScorer;

namespace Sign2Gpt.Inference.Tests.Translation;

/// <summary>Beam search against decoders given as probability tables, with every answer worked out by hand.</summary>
public sealed class BeamSearchTests
{
    private const double Tolerance = 1e-6;
    private static readonly int[] Prompt = [Tag];

    /// <summary>
    /// Greedy takes A (0.5) and then eos (0.4): 0.2. B starts worse (0.4) but ends surely (eos 0.9): 0.36.
    /// </summary>
    private static TableScorer GardenPath() => From(
        ("", [(A, 0.5), (B, 0.4), (Eos, 0.1)]),
        ("A", [(Eos, 0.4), (A, 0.3), (B, 0.3)]),
        ("B", [(Eos, 0.9), (A, 0.05), (B, 0.05)]));

    [Fact]
    public void Greedy_takes_the_locally_best_token_and_beam_search_finds_the_likelier_sentence()
    {
        var greedy = BeamSearch.Run(GardenPath(), Prompt, Options(beams: 1, lengthPenalty: 0), CancellationToken.None);
        var beam = BeamSearch.Run(GardenPath(), Prompt, Options(beams: 2, lengthPenalty: 0), CancellationToken.None);

        Assert.Equal([A], greedy.Tokens);
        Assert.Equal(Math.Log(0.2), greedy.Score, Tolerance);
        Assert.Equal([B], beam.Tokens);
        Assert.Equal(Math.Log(0.36), beam.Score, Tolerance);
        Assert.True(beam.EndedWithEos);
        Assert.Equal([Math.Log(0.4), Math.Log(0.9)], beam.StepLogProbabilities, (x, y) => Math.Abs(x - y) < Tolerance);
    }

    [Fact]
    public void Search_stops_once_no_live_hypothesis_can_beat_the_finished_ones()
    {
        var scorer = GardenPath();

        BeamSearch.Run(scorer, Prompt, Options(beams: 2, lengthPenalty: 0), CancellationToken.None);

        // Step 2 finishes B (0.36) and A (0.2) and keeps AA and AB (0.15 each); step 3 can only end them at 0.15.
        Assert.Equal([[""], ["A", "B"], ["AA", "AB"]], scorer.Calls);
    }

    /// <summary>
    /// With 2 beams the top 4 extensions compete. Step 2 ranks AA (0.30), A+eos (0.24), B+eos (0.20), BB (0.18):
    /// A finishes, but B+eos ranks below the top 2, so it is dropped, not finished. With one sentence finished the
    /// search must go on through step 3 (AAA 0.18, BBB 0.162) to step 4, where AAA ends; had B counted, two would
    /// have finished and step 3 would have stopped the search (0.20 ≥ 0.18).
    /// </summary>
    [Fact]
    public void An_eos_ranked_below_the_top_beams_candidates_does_not_finish_its_hypothesis()
    {
        var scorer = From(
            ("", [(A, 0.6), (B, 0.4)]),
            ("A", [(A, 0.5), (Eos, 0.4), (B, 0.1)]),
            ("B", [(Eos, 0.5), (B, 0.45), (A, 0.05)]),
            ("AA", [(A, 0.6), (B, 0.4)]),
            ("BB", [(B, 0.9), (A, 0.1)]));

        var result = BeamSearch.Run(scorer, Prompt, Options(beams: 2, lengthPenalty: 0), CancellationToken.None);

        Assert.Equal([[""], ["A", "B"], ["AA", "BB"], ["AAA", "BBB"]], scorer.Calls);
        Assert.Equal("A", Spell(result.Tokens));
        Assert.Equal(Math.Log(0.24), result.Score, Tolerance);
    }

    /// <summary>
    /// A then eos: 0.7 · 0.6 = 0.42 over length 2 (prompt + A). B, B, B then eos: 0.3 over length 4.
    /// Plain sums prefer the short sentence; dividing by the length prefers the long one (ln 0.3 / 4 > ln 0.42 / 2).
    /// </summary>
    [Theory]
    [InlineData(0.0, "A")]
    [InlineData(1.0, "BBB")]
    public void Length_penalty_decides_between_a_short_likely_sentence_and_a_long_one(double lengthPenalty, string expected)
    {
        TableScorer Scorer() => From(
            ("", [(A, 0.7), (B, 0.3)]),
            ("A", [(Eos, 0.6), (B, 0.4)]),
            ("B", [(B, 1)]),
            ("BB", [(B, 1)]),
            ("AB", [(A, 1)]));

        var result = BeamSearch.Run(Scorer(), Prompt, Options(beams: 2, lengthPenalty: lengthPenalty), CancellationToken.None);

        Assert.Equal(expected, Spell(result.Tokens));
        var (probability, length) = expected == "A" ? (0.42, 2) : (0.3, 4);
        Assert.Equal(Math.Log(probability) / Math.Pow(length, lengthPenalty), result.Score, Tolerance);
    }

    [Fact]
    public void Without_eos_the_best_live_hypothesis_is_cut_at_the_maximum_length_which_counts_the_prompt()
    {
        var scorer = Always((A, 0.9), (B, 0.1));
        int[] prompt = [SpecialTokens.BosId, Tag];

        var result = BeamSearch.Run(scorer, prompt, Options(beams: 2, maxLength: 6), CancellationToken.None);

        Assert.Equal([A, A, A, A], result.Tokens);
        Assert.False(result.EndedWithEos);
        Assert.Equal(4 * Math.Log(0.9) / 6, result.Score, Tolerance);
        Assert.Equal(4, result.StepLogProbabilities.Count);
        Assert.Equal(4, scorer.Calls.Count);
    }

    [Fact]
    public void The_result_leaves_out_the_prompt_and_the_eos_but_the_length_penalty_counts_the_prompt()
    {
        int[] prompt = [SpecialTokens.BosId, Tag];

        var result = BeamSearch.Run(GardenPath(), prompt, Options(beams: 2, lengthPenalty: 1), CancellationToken.None);

        Assert.Equal([B], result.Tokens);
        Assert.Equal(Math.Log(0.36) / 3, result.Score, Tolerance);
        Assert.Equal(2, result.StepLogProbabilities.Count);
    }

    [Fact]
    public void Equal_candidates_go_to_the_lower_token_id()
    {
        var result = BeamSearch.Run(Uniform(B, A), Prompt, Options(beams: 1, maxLength: 4), CancellationToken.None);

        Assert.Equal("AAA", Spell(result.Tokens));
    }

    /// <summary>
    /// Every prefix: eos, A, B at 1/3 each. Eos at once scores ln(1/3) / 1; A then eos scores 2·ln(1/3) / 2, the
    /// same number to the bit. The hypothesis that finished first wins the tie.
    /// </summary>
    [Fact]
    public void Equal_finished_scores_go_to_the_hypothesis_that_finished_first()
    {
        var results = Enumerable.Range(0, 3)
            .Select(_ => BeamSearch.Run(Uniform(Eos, A, B), Prompt, Options(beams: 2, lengthPenalty: 1), CancellationToken.None))
            .ToList();

        Assert.All(results, r => Assert.Empty(r.Tokens));
        Assert.All(results, r => Assert.True(r.EndedWithEos));
        Assert.Equal(-Math.Log(3), results[0].Score, Tolerance);
    }

    [Theory]
    [InlineData(0, 64, 1)]
    [InlineData(4, 1, 1)]
    [InlineData(4, 64, 0)]
    public void Options_that_leave_nothing_to_decode_are_refused(int beams, int maxLength, int promptLength)
    {
        var prompt = Enumerable.Repeat(Tag, promptLength).ToArray();
        var scorer = GardenPath();

        Assert.Throws<ArgumentException>(() => BeamSearch.Run(scorer, prompt, Options(beams, maxLength), CancellationToken.None));
        Assert.Empty(scorer.Calls);
    }

    [Fact]
    public void A_cancelled_search_stops_before_the_next_decoder_call()
    {
        using var cancellation = new CancellationTokenSource();
        var scorer = new CancellingScorer(Always((A, 1)), cancellation, afterCalls: 2);

        Assert.Throws<OperationCanceledException>(() => BeamSearch.Run(scorer, Prompt, Options(beams: 2), cancellation.Token));
        Assert.Equal(2, scorer.Calls);
    }

    private static BeamSearchOptions Options(int beams = 4, int maxLength = 64, double lengthPenalty = 1.0) =>
        new(beams, maxLength, lengthPenalty, Eos);

    /// <summary>Cancels the search from inside its decoder after a number of calls, as a caller giving up mid-search would.</summary>
    private sealed class CancellingScorer(ITokenScorer inner, CancellationTokenSource cancellation, int afterCalls) : ITokenScorer
    {
        public int Calls { get; private set; }

        public TokenLogits Start(IReadOnlyList<int> prompt) => Count(inner.Start(prompt));

        public TokenLogits Advance(ReadOnlySpan<int> parents, ReadOnlySpan<int> tokens) => Count(inner.Advance(parents, tokens));

        private TokenLogits Count(TokenLogits logits)
        {
            if (++Calls == afterCalls)
            {
                cancellation.Cancel();
            }

            return logits;
        }
    }
}
