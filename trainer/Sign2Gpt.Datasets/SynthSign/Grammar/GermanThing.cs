namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A German noun for a thing. Countable nouns take "ein"; mass and plural nouns are bare.</summary>
/// <param name="Bare">The form for general statements ("isst gern kuchen", "liest gern bücher").</param>
internal sealed record GermanThing(GermanGender Gender, string Noun, bool Countable, string Bare, string Gloss)
{
    /// <summary>Accusative, indefinite: "einen neuen computer", "brot".</summary>
    public string Indefinite(string? adjective)
    {
        if (!Countable)
        {
            return Noun;
        }

        var article = "ein" + Gender switch { GermanGender.Masculine => "en", GermanGender.Feminine => "e", _ => "" };
        var inflected = adjective is null
            ? null
            : adjective + Gender switch { GermanGender.Masculine => "en", GermanGender.Feminine => "e", _ => "es" };
        return SpokenWords.Join(article, inflected, Noun);
    }

    /// <summary>Accusative with "kein": "keinen kaffee", "kein neues auto".</summary>
    public string Negative(string? adjective) => Countable
        ? "k" + Indefinite(adjective)
        : "kein" + Gender switch { GermanGender.Masculine => "en ", GermanGender.Neuter => " ", _ => "e " } + Noun;
}
