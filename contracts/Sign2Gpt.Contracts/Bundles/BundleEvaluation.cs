namespace Sign2Gpt.Contracts.Bundles;

/// <summary>
/// Scores of one system on one language's held-out test split: BLEU-1..4 and ROUGE-L (0-100, as SLT
/// papers compute them) and pseudo-gloss localisation precision/recall/F1 where the system has a timeline.
/// </summary>
public sealed record BundleEvaluation(
    string Language,
    string System,
    int Sentences,
    double Bleu1,
    double Bleu2,
    double Bleu3,
    double Bleu4,
    double RougeL,
    double? GlossPrecision,
    double? GlossRecall,
    double? GlossF1);
