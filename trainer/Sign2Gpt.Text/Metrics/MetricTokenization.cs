namespace Sign2Gpt.Text.Metrics;

/// <summary>What a BLEU/ROUGE token is.</summary>
public enum MetricTokenization
{
    /// <summary>Whitespace-separated words, as sentences are written (German, English...).</summary>
    Words,

    /// <summary>
    /// Every character (Unicode code point) is a token: Chinese has no spaces, so word BLEU would
    /// score whole sentences as single tokens. See <see cref="CharacterTokens"/>.
    /// </summary>
    Characters,
}
