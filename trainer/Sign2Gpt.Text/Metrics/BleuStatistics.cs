namespace Sign2Gpt.Text.Metrics;

/// <summary>
/// Sufficient statistics of corpus BLEU as signjoey and Sign2GPT compute it (sacrebleu 1.4.2
/// <c>raw_corpus_bleu</c>: no tokenisation beyond whitespace, floor smoothing with value 0).
/// </summary>
/// <param name="Correct">Clipped n-gram matches for n = 1..4, summed over the corpus.</param>
/// <param name="Total">Hypothesis n-grams for n = 1..4, summed over the corpus.</param>
/// <param name="HypothesisLength">c: hypothesis tokens in the corpus.</param>
/// <param name="ReferenceLength">r: per sentence the closest reference length, summed.</param>
public sealed record BleuStatistics(
    IReadOnlyList<long> Correct,
    IReadOnlyList<long> Total,
    long HypothesisLength,
    long ReferenceLength)
{
    public const int MaxOrder = 4;

    /// <summary>What the reference implementation takes as log 0, so that any zero precision zeroes BLEU.</summary>
    private const double LogOfZero = -9999999999;

    /// <summary>
    /// Counts over the whole corpus first and scores once (corpus BLEU, not an average of sentence
    /// BLEUs). Each reference stream is aligned with <paramref name="hypotheses"/>.
    /// </summary>
    public static BleuStatistics Collect(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> referenceStreams)
    {
        ReferenceStreams.EnsureAligned(hypotheses, referenceStreams);
        var correct = new long[MaxOrder];
        var total = new long[MaxOrder];
        long hypothesisLength = 0;
        long referenceLength = 0;
        for (var i = 0; i < hypotheses.Count; i++)
        {
            var hypothesis = PythonWhitespace.Split(hypotheses[i]);
            var references = ReferencesOf(referenceStreams, i);
            hypothesisLength += hypothesis.Length;
            referenceLength += ClosestLength(hypothesis.Length, references);

            var clip = MaxCountsOverReferences(references);
            foreach (var (ngram, (order, count)) in Ngrams(hypothesis))
            {
                correct[order - 1] += Math.Min(count, clip.TryGetValue(ngram, out var limit) ? limit.Count : 0);
                total[order - 1] += count;
            }
        }

        return new BleuStatistics(correct, total, hypothesisLength, referenceLength);
    }

    public BleuScores Score()
    {
        var precisions = new double[MaxOrder];
        for (var n = 0; n < MaxOrder; n++)
        {
            // The reference stops at the first order with no n-grams at all: it and every higher
            // order keep precision 0 (so a corpus of 3-token sentences has BLEU-4 = 0).
            if (Total[n] == 0)
            {
                break;
            }

            precisions[n] = 100.0 * Correct[n] / Total[n];
        }

        var brevityPenalty = 1.0;
        if (HypothesisLength < ReferenceLength)
        {
            brevityPenalty = HypothesisLength > 0 ? Math.Exp(1 - ((double)ReferenceLength / HypothesisLength)) : 0.0;
        }

        var cumulative = new double[MaxOrder];
        for (var order = 1; order <= MaxOrder; order++)
        {
            // Summed left to right from 0, as the reference does, so results match to the last bit.
            var logSum = 0.0;
            for (var n = 0; n < order; n++)
            {
                logSum += precisions[n] == 0.0 ? LogOfZero : Math.Log(precisions[n]);
            }

            cumulative[order - 1] = brevityPenalty * Math.Exp(logSum / order);
        }

        return new BleuScores(cumulative[0], cumulative[1], cumulative[2], cumulative[3], precisions, brevityPenalty);
    }

    private static string[][] ReferencesOf(IReadOnlyList<IReadOnlyList<string>> referenceStreams, int sentence) =>
        [.. ReferenceStreams.ReferencesOf(referenceStreams, sentence).Select(PythonWhitespace.Split)];

    /// <summary>The reference length closest to the hypothesis length; on a tie, the shorter reference.</summary>
    private static int ClosestLength(int hypothesisLength, string[][] references)
    {
        var closestDiff = int.MaxValue;
        var closestLength = 0;
        foreach (var reference in references)
        {
            var diff = Math.Abs(hypothesisLength - reference.Length);
            if (diff < closestDiff || (diff == closestDiff && reference.Length < closestLength))
            {
                closestDiff = diff;
                closestLength = reference.Length;
            }
        }

        return closestLength;
    }

    /// <summary>Clipping limit per n-gram: its largest count in any single reference (not the sum).</summary>
    private static Dictionary<string, (int Order, int Count)> MaxCountsOverReferences(string[][] references)
    {
        var limits = new Dictionary<string, (int Order, int Count)>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            foreach (var (ngram, counted) in Ngrams(reference))
            {
                if (!limits.TryGetValue(ngram, out var limit) || counted.Count > limit.Count)
                {
                    limits[ngram] = counted;
                }
            }
        }

        return limits;
    }

    /// <summary>
    /// n-grams of orders 1..4 keyed by their tokens joined with one space; tokens never contain
    /// whitespace, so keys of different orders or contents cannot collide.
    /// </summary>
    private static Dictionary<string, (int Order, int Count)> Ngrams(string[] tokens)
    {
        var counts = new Dictionary<string, (int Order, int Count)>(StringComparer.Ordinal);
        for (var order = 1; order <= MaxOrder; order++)
        {
            for (var start = 0; start + order <= tokens.Length; start++)
            {
                var ngram = string.Join(' ', tokens, start, order);
                counts[ngram] = (order, counts.TryGetValue(ngram, out var seen) ? seen.Count + 1 : 1);
            }
        }

        return counts;
    }
}
