namespace Sign2Gpt.Inference.Translation;

/// <summary>The chosen hypothesis of a beam search.</summary>
/// <param name="Tokens">The generated tokens: no prompt, no eos.</param>
/// <param name="Score">Summed log-probability (eos included) divided by length^LengthPenalty, the length counting the prompt.</param>
/// <param name="StepLogProbabilities">
/// The log-probability of each generated token in order; when <paramref name="EndedWithEos"/> the last entry is the
/// eos's, so the list is one longer than <paramref name="Tokens"/>.
/// </param>
/// <param name="EndedWithEos">False when the hypothesis was cut at the maximum length instead.</param>
public sealed record BeamSearchResult(IReadOnlyList<int> Tokens, double Score, IReadOnlyList<double> StepLogProbabilities, bool EndedWithEos);
