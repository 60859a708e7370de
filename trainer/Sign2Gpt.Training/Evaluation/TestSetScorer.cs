using Sign2Gpt.Contracts.Bundles;
using Sign2Gpt.Text.Metrics;
using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Training.Evaluation;

/// <summary>
/// Scores hypotheses against references as SLT papers do (BLEU-1..4, ROUGE-L; characters as tokens for
/// Chinese) and, where a system localises pseudo-glosses, their precision/recall/F1 against the
/// reference sentence's pseudo-glosses (a localised gloss is right when the sentence has it).
/// </summary>
public static class TestSetScorer
{
    public sealed record Item(string Hypothesis, string Reference, IReadOnlyCollection<string>? LocalizedGlosses);

    public static BundleEvaluation Score(string language, string system, IReadOnlyList<Item> items)
    {
        var tokenization = language == "zh" ? MetricTokenization.Characters : MetricTokenization.Words;
        var scores = SltMetrics.Score([.. items.Select(i => i.Hypothesis)], [.. items.Select(i => i.Reference)], tokenization);
        double? precision = null, recall = null, f1 = null;
        if (items.All(i => i.LocalizedGlosses is not null))
        {
            var generator = PseudoGlossGenerator.Create(PseudoGlossLanguages.Parse(language));
            var (correct, predicted, actual) = (0, 0, 0);
            foreach (var item in items)
            {
                var reference = generator.Generate(item.Reference).ToHashSet(StringComparer.Ordinal);
                var found = item.LocalizedGlosses!.ToHashSet(StringComparer.Ordinal);
                correct += found.Count(reference.Contains);
                predicted += found.Count;
                actual += reference.Count;
            }

            precision = predicted == 0 ? 0 : (double)correct / predicted;
            recall = actual == 0 ? 0 : (double)correct / actual;
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        return new BundleEvaluation(language, system, items.Count, scores.Bleu1, scores.Bleu2, scores.Bleu3, scores.Bleu4, scores.RougeL, precision, recall, f1);
    }

    /// <summary>The baseline every system must beat: the most frequent training sentence, for every video.</summary>
    public static string MostFrequentSentence(IEnumerable<string> trainingTranslations) =>
        trainingTranslations.GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? throw new ArgumentException("There are no training sentences.", nameof(trainingTranslations));
}
