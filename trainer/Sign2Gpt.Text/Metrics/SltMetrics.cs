namespace Sign2Gpt.Text.Metrics;

/// <summary>
/// BLEU-1..4 and ROUGE-L of translated sentences, computed exactly as signjoey / Sign2GPT do so
/// that our numbers compare with published ones.
/// </summary>
public static class SltMetrics
{
    /// <summary>Scores hypotheses against one aligned reference per sentence.</summary>
    public static TranslationScores Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references, MetricTokenization tokenization) =>
        Score(hypotheses, [references], tokenization);

    /// <summary>Scores hypotheses against one or more reference streams, each aligned with the hypotheses.</summary>
    public static TranslationScores Score(
        IReadOnlyList<string> hypotheses,
        IReadOnlyList<IReadOnlyList<string>> referenceStreams,
        MetricTokenization tokenization)
    {
        ReferenceStreams.EnsureAligned(hypotheses, referenceStreams);
        if (tokenization == MetricTokenization.Characters)
        {
            hypotheses = [.. hypotheses.Select(CharacterTokens.Spaced)];
            referenceStreams = [.. referenceStreams.Select(stream => (IReadOnlyList<string>)[.. stream.Select(CharacterTokens.Spaced)])];
        }

        var bleu = BleuStatistics.Collect(hypotheses, referenceStreams).Score();
        var rouge = RougeL.Score(hypotheses, referenceStreams);
        return new TranslationScores(bleu.Bleu1, bleu.Bleu2, bleu.Bleu3, bleu.Bleu4, rouge);
    }
}
