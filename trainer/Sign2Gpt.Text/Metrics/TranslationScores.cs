namespace Sign2Gpt.Text.Metrics;

/// <summary>The numbers SLT papers report for a test set, each on the 0-100 scale.</summary>
public sealed record TranslationScores(double Bleu1, double Bleu2, double Bleu3, double Bleu4, double RougeL);
