namespace Sign2Gpt.Text.Metrics;

/// <summary>
/// Checks the sacrebleu-style input shape shared by BLEU and ROUGE-L: one or more reference
/// streams, each aligned line by line with the hypotheses.
/// </summary>
internal static class ReferenceStreams
{
    public static void EnsureAligned(IReadOnlyList<string> hypotheses, IReadOnlyList<IReadOnlyList<string>> referenceStreams)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(referenceStreams);
        if (referenceStreams.Count == 0)
        {
            throw new ArgumentException("At least one reference stream is needed.", nameof(referenceStreams));
        }

        for (var s = 0; s < referenceStreams.Count; s++)
        {
            if (referenceStreams[s].Count != hypotheses.Count)
            {
                throw new ArgumentException(
                    $"Reference stream {s + 1} has {referenceStreams[s].Count} sentences but there are {hypotheses.Count} hypotheses.",
                    nameof(referenceStreams));
            }
        }
    }

    public static string[] ReferencesOf(IReadOnlyList<IReadOnlyList<string>> referenceStreams, int sentence)
    {
        var references = new string[referenceStreams.Count];
        for (var s = 0; s < references.Length; s++)
        {
            references[s] = referenceStreams[s][sentence];
        }

        return references;
    }
}
