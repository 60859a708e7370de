namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>
/// A German main clause in its topological fields: the finite verb second in statements and first
/// in questions, "nicht" before what it negates, infinitive, participle or particle at the end.
/// </summary>
/// <param name="Subject">Nominative; empty in a who-question, where "wer" is the subject.</param>
internal sealed record GermanClause(string? Subject, string Finite)
{
    /// <summary>"gern"; negation then goes before it ("nicht gern").</summary>
    public string? Adverb { get; init; }

    public IReadOnlyList<string?> BeforeNegation { get; init; } = [];

    public IReadOnlyList<string?> AfterNegation { get; init; } = [];

    public IReadOnlyList<string?> End { get; init; } = [];

    public bool Negated { get; init; }

    public string Render(Mood mood, string? time, string? wh)
    {
        IEnumerable<string?> front = mood switch
        {
            Mood.Statement => time is null ? [Subject, Finite] : [time, Finite, Subject],
            Mood.YesNoQuestion => [Finite, Subject, time],
            _ => [wh, Finite, Subject, time],
        };
        var negatesAdverb = Negated && Adverb is not null;
        return SpokenWords.Join(
        [
            .. front,
            negatesAdverb ? "nicht" : null,
            Adverb,
            .. BeforeNegation,
            Negated && !negatesAdverb ? "nicht" : null,
            .. AfterNegation,
            .. End,
        ]);
    }
}
