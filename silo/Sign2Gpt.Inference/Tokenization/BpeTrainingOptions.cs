namespace Sign2Gpt.Inference.Tokenization;

/// <summary>How <see cref="BpeTokenizer.Train"/> builds a tokenizer.</summary>
public sealed record BpeTrainingOptions
{
    /// <summary>
    /// Upper bound on the number of ids, counting the 4 fixed specials, one tag per language and the 256 byte
    /// tokens. Training stops earlier when no pair occurs <see cref="MinFrequency"/> times any more.
    /// </summary>
    public int VocabularySize { get; init; } = 8000;

    /// <summary>
    /// Fewest occurrences for a character to join the alphabet (rarer ones are spelled as bytes) and for a pair
    /// to be merged.
    /// </summary>
    public int MinFrequency { get; init; } = 2;

    /// <summary>Language codes, each becoming a tag token (&lt;de&gt;, &lt;en&gt;, ...) in this order.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["de", "en"];
}
