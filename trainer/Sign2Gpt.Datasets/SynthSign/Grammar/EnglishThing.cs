namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>An English noun for a thing. Countable nouns take "a"/"an"; mass and plural nouns are bare.</summary>
/// <param name="Bare">The form for general statements ("likes to read books").</param>
internal sealed record EnglishThing(string Noun, bool Countable, string Bare, string Gloss)
{
    /// <summary>"a new car", "an old bike", "bread".</summary>
    public string Indefinite(string? adjective)
    {
        if (!Countable)
        {
            return Noun;
        }

        var next = adjective ?? Noun;
        var article = "aeiou".Contains(next[0], StringComparison.Ordinal) ? "an" : "a";
        return SpokenWords.Join(article, adjective, Noun);
    }
}
