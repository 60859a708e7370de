namespace Sign2Gpt.Text.PseudoGlosses.German;

/// <summary>
/// Rule-based German lemmas checked against the lexicon: a candidate base form is accepted only when the
/// lexicon knows it, so the rules can be generous without inventing words.
/// </summary>
internal sealed class GermanLemmatizer(GermanLexicon lexicon)
{
    // Feminine derivational suffixes take -en in the plural, so stripping -en after them is safe.
    private static readonly string[] FeminineSuffixes = ["ung", "heit", "keit", "schaft", "ion", "tät", "ur", "ik", "ei", "enz", "anz"];
    private static readonly string[] AdjectiveEndings = ["en", "em", "er", "es", "e", ""];
    private static readonly string[] SeparablePrefixes =
    [
        "zusammen", "zurück", "vorbei", "weiter", "heran", "herein", "heraus", "hinaus", "hinein", "herunter",
        "durch", "nach", "über", "unter", "auf", "aus", "ein", "fort", "hin", "her", "los", "mit", "vor",
        "weg", "zu", "ab", "an", "um",
    ];

    /// <summary>Nominative singular of a noun form, or the form itself when no smaller known noun explains it.</summary>
    public string Noun(string form) => KnownNoun(form) ?? form;

    /// <summary>The lemma when the form is a known noun, an inflected form of one, or a compound ending in one.</summary>
    public string? KnownNoun(string form) => InflectedNoun(form) ?? CompoundNoun(form);

    /// <summary>The lemma when the form is a known noun or an inflected form of one (no compound splitting).</summary>
    public string? InflectedNoun(string form) => NounOrNull(form, depth: 0);

    /// <summary>Positive uninflected form of an adjective (kälter, kältesten -> kalt).</summary>
    public string Adjective(string form) => KnownAdjective(form) ?? StripAdjectiveInflection(form);

    /// <summary>The positive form when an inflected, comparative or superlative form leads back to a known adjective.</summary>
    public string? KnownAdjective(string form)
    {
        if (lexicon.OpenClass(form)?.FirstOrDefault(a => a.Pos == PartOfSpeech.Adj) is { Lemma: { } known })
        {
            return known;
        }
        foreach (var ending in AdjectiveEndings)
        {
            if (!form.EndsWith(ending, StringComparison.Ordinal) || form.Length - ending.Length < 3)
            {
                continue;
            }
            var stem = form[..^ending.Length];
            foreach (var candidate in DegreeCandidates(stem))
            {
                if (lexicon.IsAdjectiveBase(candidate) || lexicon.Tags(candidate + "e").Contains("ADJ:infl") && lexicon.Tags(candidate).Count > 0)
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>Infinitive of a verb form, from the verb table or, for unknown verbs, by regular inflection.</summary>
    public string Verb(string form) => KnownVerb(form) ?? RegularInfinitive(form);

    /// <summary>Infinitive of a listed verb form, also behind a separable prefix (aufgezogen -> aufziehen).</summary>
    public string? KnownVerb(string form)
    {
        if (lexicon.VerbLemma(form) is { } lemma)
        {
            return lemma;
        }
        foreach (var prefix in SeparablePrefixes)
        {
            if (form.Length > prefix.Length + 3 && form.StartsWith(prefix, StringComparison.Ordinal)
                && lexicon.VerbLemma(form[prefix.Length..]) is { } baseLemma)
            {
                return prefix + baseLemma;
            }
        }
        return null;
    }

    /// <summary>True when the form is a past participle, of a listed verb or of a prefixed one.</summary>
    public bool IsParticiple(string form)
    {
        if (lexicon.IsParticiple(form))
        {
            return true;
        }
        return SeparablePrefixes.Any(p => form.Length > p.Length + 4 && form.StartsWith(p, StringComparison.Ordinal)
                                          && lexicon.IsParticiple(form[p.Length..]));
    }

    /// <summary>Splits a compound at its longest known noun head: regenwolken -> regen + wolke.</summary>
    public string? CompoundNoun(string form)
    {
        for (var split = 2; split <= form.Length - 3; split++)
        {
            var head = form[split..];
            if (lexicon.IsNoun(head))
            {
                return form[..split] + Noun(head);
            }
        }
        return null;
    }

    private string? NounOrNull(string form, int depth)
    {
        if (lexicon.OpenClass(form)?.FirstOrDefault(a => a.Pos is PartOfSpeech.Noun or PartOfSpeech.Propn) is { Lemma: { } known })
        {
            return known;
        }
        if (depth > 2)
        {
            return lexicon.IsNoun(form) ? form : null;
        }
        foreach (var candidate in SingularCandidates(form))
        {
            if (candidate.Length >= 2 && lexicon.IsNoun(candidate))
            {
                return NounOrNull(candidate, depth + 1) ?? candidate;
            }
        }
        return lexicon.IsNoun(form) ? form : null;
    }

    private IEnumerable<string> SingularCandidates(string form)
    {
        if (form.EndsWith("innen", StringComparison.Ordinal))
        {
            yield return form[..^3];
        }
        if (form.EndsWith('n') && (form.EndsWith("en", StringComparison.Ordinal) || form.EndsWith("ln", StringComparison.Ordinal)
                                   || form.EndsWith("rn", StringComparison.Ordinal)))
        {
            // wolken -> wolke, schauern -> schauer, werten -> werte (then wert).
            yield return form[..^1];
        }
        if (form.EndsWith("en", StringComparison.Ordinal))
        {
            var stem = form[..^2];
            if (lexicon.IsKnownPlural(form) || FeminineSuffixes.Any(s => stem.EndsWith(s, StringComparison.Ordinal))
                || lexicon.IsNoun(stem + "e"))
            {
                yield return stem;
            }
        }
        if (form.EndsWith('e'))
        {
            yield return form[..^1];
            yield return WithoutUmlaut(form[..^1]);
        }
        if (form.EndsWith("er", StringComparison.Ordinal) && WithoutUmlaut(form[..^2]) is var plain && plain != form[..^2])
        {
            // länder -> land, täler -> tal: only with an umlaut, since -er is also a common singular ending.
            yield return plain;
        }
        if (form.EndsWith("es", StringComparison.Ordinal))
        {
            yield return form[..^2];
        }
        if (form.EndsWith('s') && !lexicon.IsNoun(form))
        {
            yield return form[..^1];
        }
    }

    // Comparative and superlative readings come first: the lexicon lists "länger" as an uninflected adjective too.
    private static IEnumerable<string> DegreeCandidates(string stem)
    {
        if (stem.EndsWith("er", StringComparison.Ordinal) && stem.Length > 4)
        {
            yield return stem[..^2];
            yield return WithoutUmlaut(stem[..^2]);
        }
        foreach (var superlative in new[] { "est", "st" })
        {
            if (stem.EndsWith(superlative, StringComparison.Ordinal) && stem.Length - superlative.Length >= 3)
            {
                yield return stem[..^superlative.Length];
                yield return WithoutUmlaut(stem[..^superlative.Length]);
            }
        }
        yield return stem;
    }

    private static string StripAdjectiveInflection(string form)
    {
        string[] suffixes = ["ig", "lich", "isch", "bar", "sam", "haft", "los", "voll"];
        foreach (var ending in AdjectiveEndings)
        {
            if (ending.Length > 0 && form.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = form[..^ending.Length];
                if (suffixes.Any(s => stem.EndsWith(s, StringComparison.Ordinal)))
                {
                    return stem;
                }
            }
        }
        return form;
    }

    private string RegularInfinitive(string form)
    {
        var stem = form;
        if (stem.StartsWith("ge", StringComparison.Ordinal) && stem.Length > 5 && (stem.EndsWith('t') || stem.EndsWith("en", StringComparison.Ordinal)))
        {
            stem = stem.EndsWith('t') ? stem[2..^1] : stem[2..^2];
        }
        else
        {
            foreach (var ending in new[] { "eten", "test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e", "n" })
            {
                if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= 3)
                {
                    stem = stem[..^ending.Length];
                    break;
                }
            }
        }
        // Stems in -el/-er take -n (lockern, wechseln); others -en.
        var infinitive = stem.EndsWith("er", StringComparison.Ordinal) || stem.EndsWith("el", StringComparison.Ordinal) ? stem + "n" : stem + "en";
        return lexicon.VerbLemma(infinitive) ?? infinitive;
    }

    private static string WithoutUmlaut(string s)
    {
        var i = s.LastIndexOfAny(['ä', 'ö', 'ü']);
        if (i < 0)
        {
            return s;
        }
        var plain = s[i] switch { 'ä' => 'a', 'ö' => 'o', _ => 'u' };
        // "äu" reverts to "au" (häuser -> haus), the other umlauts to their plain vowel.
        return s[..i] + plain + s[(i + 1)..];
    }
}
