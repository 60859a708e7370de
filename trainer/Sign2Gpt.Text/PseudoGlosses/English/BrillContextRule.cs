namespace Sign2Gpt.Text.PseudoGlosses.English;

/// <summary>
/// One contextual rule of a Brill transformation-based tagger: "change tag From to To when the context
/// matches Template(First, Second)". Rules are data (Pattern's English rules, trained on the Penn Treebank);
/// this type only interprets the standard templates. Words compare case-insensitively because spoken-text
/// corpora are often lower-cased.
/// </summary>
internal sealed record BrillContextRule(string From, string To, string Template, string First, string Second)
{
    private const string Boundary = "STAART";

    public static IReadOnlyList<BrillContextRule> ReadAll(string fileName) =>
    [
        .. LexiconResources.ReadTable(fileName)
            .Select(cells => cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 4)
            .Select(parts => new BrillContextRule(parts[0], parts[1], parts[2], parts[3], parts.Length > 4 ? parts[4] : "")),
    ];

    /// <summary>Applies the rule left to right over the sentence, as Brill's tagger does.</summary>
    public void Apply(IReadOnlyList<string> words, string[] tags)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] == From && Matches(words, tags, i))
            {
                tags[i] = To;
            }
        }
    }

    private bool Matches(IReadOnlyList<string> words, string[] tags, int i)
    {
        string T(int k) => k < 0 || k >= tags.Length ? Boundary : tags[k];
        bool W(int k, string w) => k < 0 || k >= words.Count ? w == Boundary : string.Equals(words[k], w, StringComparison.OrdinalIgnoreCase);
        return Template switch
        {
            "PREVTAG" => T(i - 1) == First,
            "NEXTTAG" => T(i + 1) == First,
            "PREV2TAG" => T(i - 2) == First,
            "NEXT2TAG" => T(i + 2) == First,
            "PREV1OR2TAG" => T(i - 1) == First || T(i - 2) == First,
            "NEXT1OR2TAG" => T(i + 1) == First || T(i + 2) == First,
            "PREV1OR2OR3TAG" => T(i - 1) == First || T(i - 2) == First || T(i - 3) == First,
            "NEXT1OR2OR3TAG" => T(i + 1) == First || T(i + 2) == First || T(i + 3) == First,
            "SURROUNDTAG" => T(i - 1) == First && T(i + 1) == Second,
            "PREVBIGRAM" => T(i - 2) == First && T(i - 1) == Second,
            "NEXTBIGRAM" => T(i + 1) == First && T(i + 2) == Second,
            "CURWD" => W(i, First),
            "PREVWD" => W(i - 1, First),
            "NEXTWD" => W(i + 1, First),
            "PREV2WD" => W(i - 2, First),
            "NEXT2WD" => W(i + 2, First),
            "PREV1OR2WD" => W(i - 1, First) || W(i - 2, First),
            "NEXT1OR2WD" => W(i + 1, First) || W(i + 2, First),
            "WDPREVTAG" => T(i - 1) == First && W(i, Second),
            "WDNEXTTAG" => W(i, First) && T(i + 1) == Second,
            "WDAND2BFR" => W(i - 2, First) && W(i, Second),
            "WDAND2AFT" => W(i, First) && W(i + 2, Second),
            "WDAND2TAGBFR" => T(i - 2) == First && W(i, Second),
            "WDAND2TAGAFT" => W(i, First) && T(i + 2) == Second,
            "LBIGRAM" => W(i - 1, First) && W(i, Second),
            "RBIGRAM" => W(i, First) && W(i + 1, Second),
            _ => false,
        };
    }
}
