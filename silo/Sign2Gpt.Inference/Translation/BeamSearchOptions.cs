using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Translation;

/// <summary>
/// Beam search settings with the meaning Hugging Face generate gives them in transformers 4.31, the version
/// behind the paper's numbers (num_beams 4, max_length 64, length_penalty 1, early_stopping false).
/// </summary>
/// <param name="Beams">Hypotheses kept alive each step, and finished ones needed before the search may stop early.</param>
/// <param name="MaxLength">
/// The longest hypothesis in tokens, prompt included, as HF's max_length counts for a decoder-only model;
/// the search ends when live hypotheses reach it.
/// </param>
/// <param name="LengthPenalty">
/// A finished hypothesis scores (sum of its log-probabilities) / length^LengthPenalty, its length counting the
/// prompt but not the eos; above 0 favours longer sentences, 0 compares plain sums.
/// </param>
/// <param name="EosTokenId">The token that ends a hypothesis.</param>
public sealed record BeamSearchOptions(int Beams = 4, int MaxLength = 64, double LengthPenalty = 1.0, int EosTokenId = SpecialTokens.EosId)
{
    /// <summary>The paper's decoding: 4 beams, at most 64 tokens, length penalty 1.</summary>
    public static BeamSearchOptions Paper { get; } = new();

    /// <exception cref="ArgumentException">The options cannot decode from <paramref name="prompt"/>.</exception>
    internal void Validate(IReadOnlyList<int> prompt)
    {
        if (Beams < 1)
        {
            throw new ArgumentException($"Beam search needs at least one beam, not {Beams}.");
        }

        if (prompt.Count == 0)
        {
            throw new ArgumentException("The prompt is empty; the decoder needs at least one token (such as the language tag) to predict from.", nameof(prompt));
        }

        if (MaxLength <= prompt.Count)
        {
            throw new ArgumentException($"MaxLength {MaxLength} leaves no room to generate after a prompt of {prompt.Count} tokens; it counts the prompt.");
        }

        if (!double.IsFinite(LengthPenalty))
        {
            throw new ArgumentException($"The length penalty must be a finite number, not {LengthPenalty}.");
        }
    }
}
