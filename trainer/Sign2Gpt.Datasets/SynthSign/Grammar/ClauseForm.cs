namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Statement or question, and negation, of an everyday-life clause.</summary>
internal sealed record ClauseForm(Mood Mood, WhWord? Wh, Negation Negation)
{
    public static ClauseForm Statement { get; } = new(Mood.Statement, null, Negation.None);

    public bool IsNegated => Negation != Negation.None;
}
