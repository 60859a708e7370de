namespace Sign2Gpt.Text.Metrics;

/// <summary>
/// Sentence-level ROUGE-L F-measure averaged over the corpus, as signjoey and Sign2GPT compute it
/// (the MS-COCO caption evaluation's <c>calc_score</c>, β = 1.2).
/// </summary>
public static class RougeL
{
    /// <summary>Weights recall over precision; fixed by the reference implementation.</summary>
    public const double Beta = 1.2;

    /// <summary>Mean sentence F-measure × 100. Each reference stream is aligned with <paramref name="hypotheses"/>.</summary>
    public static double Score(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> referenceStreams)
    {
        ReferenceStreams.EnsureAligned(hypotheses, referenceStreams);
        if (hypotheses.Count == 0)
        {
            throw new ArgumentException("ROUGE-L averages over sentences and needs at least one.", nameof(hypotheses));
        }

        // Summed first and divided once, as Sign2GPT's metric does (signjoey divides each term;
        // the two differ only in the last bits).
        var sum = 0.0;
        for (var i = 0; i < hypotheses.Count; i++)
        {
            sum += SentenceScore(hypotheses[i], ReferenceStreams.ReferencesOf(referenceStreams, i));
        }

        return sum / hypotheses.Count * 100;
    }

    /// <summary>
    /// F-measure (0..1) of one hypothesis against its references: the best precision and the best
    /// recall over references, possibly from different references, then combined.
    /// </summary>
    public static double SentenceScore(string hypothesis, IReadOnlyList<string> references)
    {
        if (references.Count == 0)
        {
            throw new ArgumentException("A sentence needs at least one reference.", nameof(references));
        }

        // Single-space split, not whitespace runs: an empty hypothesis is one empty token, and
        // doubled spaces make empty tokens. That is what the published numbers were computed with.
        var candidate = hypothesis.Split(' ');
        var bestPrecision = 0.0;
        var bestRecall = 0.0;
        foreach (var reference in references)
        {
            var referenceTokens = reference.Split(' ');
            var lcs = LongestCommonSubsequence(referenceTokens, candidate);
            bestPrecision = Math.Max(bestPrecision, lcs / (double)candidate.Length);
            bestRecall = Math.Max(bestRecall, lcs / (double)referenceTokens.Length);
        }

        if (bestPrecision == 0 || bestRecall == 0)
        {
            return 0.0;
        }

        const double betaSquared = Beta * Beta;
        return (1 + betaSquared) * bestPrecision * bestRecall / (bestRecall + (betaSquared * bestPrecision));
    }

    internal static int LongestCommonSubsequence(string[] first, string[] second)
    {
        var previous = new int[second.Length + 1];
        var current = new int[second.Length + 1];
        foreach (var token in first)
        {
            for (var j = 1; j <= second.Length; j++)
            {
                current[j] = string.Equals(token, second[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Length];
    }
}
