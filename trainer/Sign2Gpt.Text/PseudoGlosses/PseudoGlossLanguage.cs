namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>The spoken languages pseudo-glosses can be derived from.</summary>
public enum PseudoGlossLanguage
{
    German,
    English,
    Chinese,
}
