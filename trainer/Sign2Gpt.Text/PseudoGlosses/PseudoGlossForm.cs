namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>Which spelling of a kept word becomes its pseudo-gloss.</summary>
public enum PseudoGlossForm
{
    /// <summary>The lower-cased lemma (German, English): inflected forms of one word share a prototype.</summary>
    LowerCasedLemma,

    /// <summary>The word as segmented (Chinese): it does not inflect, so the text is the lemma.</summary>
    TokenText,
}
