namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A spoken phrase and the glosses that sign it.</summary>
internal sealed record Phrase(string Words, IReadOnlyList<string> Glosses)
{
    public Phrase(string words, string gloss)
        : this(words, [gloss])
    {
    }
}
