namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A sentence generated with its signed form.</summary>
/// <param name="Translation">The spoken sentence: lower-case, no punctuation, numbers as words.</param>
/// <param name="Signs">The signs in sign order with their non-manual markers.</param>
public sealed record SynthSentence(SentenceDomain Domain, string Translation, IReadOnlyList<SignToken> Signs)
{
    /// <summary>The manual glosses in sign order, as the <c>orth</c> column of Phoenix14T.</summary>
    public string Orth => string.Join(' ', Signs.Select(sign => sign.Gloss));

    public bool IsQuestion => Signs.Any(sign => (sign.Markers & (NonManualMarker.YesNoQuestion | NonManualMarker.WhQuestion)) != 0);

    public bool IsNegated => Signs.Any(sign => (sign.Markers & NonManualMarker.Negation) != 0);
}
