using System.Runtime.InteropServices;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// The one beam search of the platform, shared by evaluation during training and by serving; the decoder behind it
/// is an <see cref="ITokenScorer"/> (ONNX Runtime with a key/value cache, or TorchSharp recomputing). It follows
/// Hugging Face generate (transformers 4.31, what the paper ran): each step ranks the top 2·Beams extensions of the
/// live hypotheses; an eos among the first Beams of them finishes its hypothesis; the first Beams non-eos extensions
/// become the next live hypotheses. The search stops at <see cref="BeamSearchOptions.MaxLength"/>, or earlier once
/// Beams hypotheses have finished and HF's heuristic says no live one can beat the worst of them.
/// Ties between equal candidates go to the lower row, then the lower token id.
/// </summary>
public static class BeamSearch
{
    /// <param name="prompt">The tokens every hypothesis starts with (such as the language tag); not part of the result.</param>
    /// <exception cref="ArgumentException">The options leave nothing to decode for this prompt.</exception>
    public static BeamSearchResult Run(ITokenScorer scorer, IReadOnlyList<int> prompt, BeamSearchOptions options, CancellationToken cancellationToken)
    {
        options.Validate(prompt);
        cancellationToken.ThrowIfCancellationRequested();
        var finished = new FinishedHypotheses(options.Beams, options.LengthPenalty);
        List<BeamHypothesis> live = [BeamHypothesis.FromPrompt(prompt)];
        var logits = scorer.Start(prompt);
        var length = prompt.Count;
        while (true)
        {
            if (logits.Hypotheses != live.Count)
            {
                throw new InvalidOperationException($"The scorer returned {logits.Hypotheses} rows of logits for {live.Count} live hypotheses.");
            }

            var candidates = TopCandidates(live, logits, 2 * options.Beams);
            var next = new List<BeamHypothesis>(options.Beams);
            var parents = new List<int>(options.Beams);
            var tokens = new List<int>(options.Beams);
            for (var rank = 0; rank < candidates.Count && next.Count < options.Beams; rank++)
            {
                var candidate = candidates[rank];
                var parent = live[candidate.Parent];
                if (candidate.Token == options.EosTokenId)
                {
                    // As in HF, an eos ranked below the top Beams is dropped rather than finishing a hypothesis that
                    // Beams better candidates outrank.
                    if (rank < options.Beams)
                    {
                        finished.Add(parent, candidate.LogProbability, candidate.Sum);
                    }

                    continue;
                }

                next.Add(parent.Extend(candidate.Token, candidate.LogProbability, candidate.Sum));
                parents.Add(candidate.Parent);
                tokens.Add(candidate.Token);
            }

            var done = finished.CannotImprove(candidates[0].Sum, length);
            live = next;
            length++;
            if (done || length >= options.MaxLength || live.Count == 0)
            {
                // HF's finalize: a search that stopped early keeps only its finished hypotheses; otherwise the
                // live ones compete too, which is how a search where nothing finished still has an answer.
                if (!done)
                {
                    foreach (var hypothesis in live)
                    {
                        finished.Add(hypothesis, eosLogProbability: null, hypothesis.SumLogProbability);
                    }
                }

                return finished.Best().ToResult(prompt.Count);
            }

            cancellationToken.ThrowIfCancellationRequested();
            logits = scorer.Advance(CollectionsMarshal.AsSpan(parents), CollectionsMarshal.AsSpan(tokens));
        }
    }

    /// <summary>The best <paramref name="count"/> extensions, best first, by summed log-probability.</summary>
    private static List<BeamCandidate> TopCandidates(List<BeamHypothesis> live, TokenLogits logits, int count)
    {
        var top = new List<BeamCandidate>(count + 1);
        for (var parent = 0; parent < live.Count; parent++)
        {
            var row = logits.Row(parent);
            var normaliser = LogSumExp(row);
            var before = live[parent].SumLogProbability;
            for (var token = 0; token < row.Length; token++)
            {
                var logProbability = row[token] - normaliser;
                var sum = before + logProbability;

                // A token of probability zero (a masked one) can never be chosen; keeping it would only cost decoder calls.
                if (double.IsNegativeInfinity(sum))
                {
                    continue;
                }

                // Candidates arrive in (row, token) order, so an equal one never overtakes an earlier one.
                if (top.Count == count && sum <= top[^1].Sum)
                {
                    continue;
                }

                var position = top.Count;
                while (position > 0 && top[position - 1].Sum < sum)
                {
                    position--;
                }

                top.Insert(position, new BeamCandidate(parent, token, logProbability, sum));
                if (top.Count > count)
                {
                    top.RemoveAt(count);
                }
            }
        }

        return top;
    }

    private static double LogSumExp(ReadOnlySpan<float> row)
    {
        double max = float.NegativeInfinity;
        foreach (var value in row)
        {
            max = Math.Max(max, value);
        }

        // NaN or +infinity would rank arbitrarily, and a row of -infinity has no distribution at all.
        if (!double.IsFinite(max))
        {
            throw new InvalidOperationException($"The scorer returned logits whose maximum is {max}; a broken model, not something to decode from.");
        }

        var sum = 0.0;
        foreach (var value in row)
        {
            sum += Math.Exp(value - max);
        }

        return max + Math.Log(sum);
    }
}
