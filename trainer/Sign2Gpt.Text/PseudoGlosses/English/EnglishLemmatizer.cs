namespace Sign2Gpt.Text.PseudoGlosses.English;

/// <summary>English lemmas by Penn tag: the verb table for verbs, suffix rules checked against the lexicon for the rest.</summary>
internal sealed class EnglishLemmatizer(EnglishLexicon lexicon)
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["children"] = "child", ["men"] = "man", ["women"] = "woman", ["feet"] = "foot", ["teeth"] = "tooth",
        ["mice"] = "mouse", ["geese"] = "goose", ["people"] = "people", ["better"] = "good", ["best"] = "good",
        ["worse"] = "bad", ["worst"] = "bad", ["further"] = "far", ["farther"] = "far", ["less"] = "little",
        ["least"] = "little", ["i"] = "i", ["me"] = "i", ["us"] = "we", ["him"] = "he", ["them"] = "they",
        ["'s"] = "be", ["'re"] = "be", ["'m"] = "be", ["'ve"] = "have", ["'ll"] = "will", ["'d"] = "would",
        ["n't"] = "not", ["wo"] = "will", ["ca"] = "can",
    };

    public string Lemma(string form, string pennTag)
    {
        if (Irregular.TryGetValue(form, out var irregular) && !(form == "her" || form == "'s" && pennTag == "POS"))
        {
            return irregular;
        }
        return pennTag switch
        {
            "NNS" or "NNPS" => Noun(form),
            "JJR" or "JJS" or "RBR" or "RBS" when pennTag[0] == 'J' => Adjective(form),
            "MD" => form,
            _ when pennTag.StartsWith("VB", StringComparison.Ordinal) => Verb(form),
            "PRP" when form == "her" => "she",
            _ => form,
        };
    }

    public string Verb(string form)
    {
        if (lexicon.VerbLemma(form) is { } lemma)
        {
            return lemma;
        }
        foreach (var (suffix, replacements) in VerbSuffixes)
        {
            if (!form.EndsWith(suffix, StringComparison.Ordinal) || form.Length - suffix.Length < 2)
            {
                continue;
            }
            var stem = form[..^suffix.Length];
            foreach (var replacement in replacements)
            {
                var candidate = stem + replacement;
                if (lexicon.VerbLemma(candidate) == candidate || lexicon.Has(candidate, "VB"))
                {
                    return candidate;
                }
            }
            return stem + replacements[0];
        }
        return form;
    }

    public string Noun(string form)
    {
        foreach (var (suffix, replacement) in PluralSuffixes)
        {
            if (form.EndsWith(suffix, StringComparison.Ordinal) && form.Length > suffix.Length + 1)
            {
                var candidate = form[..^suffix.Length] + replacement;
                if (lexicon.Has(candidate, "NN") || lexicon.Has(candidate, "NNP"))
                {
                    return candidate;
                }
            }
        }
        return form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal) ? form[..^1] : form;
    }

    public string Adjective(string form)
    {
        foreach (var suffix in new[] { "est", "er" })
        {
            if (!form.EndsWith(suffix, StringComparison.Ordinal) || form.Length - suffix.Length < 2)
            {
                continue;
            }
            var stem = form[..^suffix.Length];
            // windier -> windy, hotter -> hot, larger -> large, colder -> cold.
            string[] candidates =
            [
                stem.EndsWith('i') ? stem[..^1] + "y" : stem,
                stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem,
                stem + "e",
            ];
            foreach (var candidate in candidates)
            {
                if (lexicon.Has(candidate, "JJ"))
                {
                    return candidate;
                }
            }
        }
        return form;
    }

    private static readonly (string Suffix, string Replacement)[] PluralSuffixes =
    [
        ("ies", "y"), ("ves", "f"), ("ves", "fe"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"),
        ("zes", "z"), ("oes", "o"), ("s", ""),
    ];

    private static readonly (string Suffix, string[] Replacements)[] VerbSuffixes =
    [
        ("ies", ["y"]), ("ied", ["y"]), ("ing", ["", "e"]), ("ed", ["", "e"]), ("es", ["", "e"]), ("s", [""]),
    ];
}
