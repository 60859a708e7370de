namespace Sign2Gpt.Text.Metrics;

/// <summary>Corpus BLEU-1..4 on the 0-100 scale, with the pieces they were made from.</summary>
/// <param name="Precisions">Modified n-gram precisions p_1..p_4, 0-100; 0 where no n-gram matched or none existed.</param>
/// <param name="BrevityPenalty">exp(1 − r/c) when the hypotheses are shorter than the references, else 1.</param>
public sealed record BleuScores(
    double Bleu1,
    double Bleu2,
    double Bleu3,
    double Bleu4,
    IReadOnlyList<double> Precisions,
    double BrevityPenalty);
