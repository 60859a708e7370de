namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Collects signs in sign order; the clause's mood is spread over every sign when built.</summary>
internal sealed class SignSequenceBuilder
{
    private readonly List<SignToken> signs = [];

    public SignSequenceBuilder Add(params IEnumerable<string> glosses) => Add(negated: false, glosses);

    public SignSequenceBuilder Add(bool negated, params IEnumerable<string> glosses)
    {
        foreach (var gloss in glosses)
        {
            signs.Add(new SignToken(gloss, negated ? NonManualMarker.Negation : NonManualMarker.None));
        }

        return this;
    }

    public SignSequenceBuilder Add(Phrase? phrase) => phrase is null ? this : Add(phrase.Glosses);

    /// <summary>The NOT sign, made only when the negation is signed; the head shake alone negates otherwise.</summary>
    public SignSequenceBuilder AddNegation(Negation negation, string notGloss) =>
        negation == Negation.Signed ? Add(negated: true, notGloss) : this;

    public IReadOnlyList<SignToken> Build(Mood mood)
    {
        var marker = mood switch
        {
            Mood.YesNoQuestion => NonManualMarker.YesNoQuestion,
            Mood.WhQuestion => NonManualMarker.WhQuestion,
            _ => NonManualMarker.None,
        };
        return [.. signs.Select(sign => sign with { Markers = sign.Markers | marker })];
    }
}
