namespace Sign2Gpt.Text.PseudoGlosses.German;

/// <summary>
/// Part-of-speech tagger and lemmatiser for German, built for lower-case text such as the Phoenix-2014-T
/// translations, where capitalisation no longer marks nouns. Each word gets its readings from the lexicon
/// (or, if unknown, from compound splitting and suffixes), then a few German word-order rules choose one.
/// Tags follow UD German as spaCy's TIGER-trained models assign them.
/// </summary>
public sealed class GermanTagger : IPartOfSpeechTagger
{
    private static readonly Lazy<GermanTagger> Instance = new(() => new GermanTagger(GermanLexicon.Shared));

    // Words that make a following "morgen" the noun (am morgen, heute morgen) rather than the adverb (tomorrow).
    private static readonly HashSet<string> MorningCues =
        ["am", "im", "vom", "zum", "beim", "den", "der", "des", "dem", "jeden", "diesen", "heute", "gestern", "guten", "einen"];

    private static readonly string[] AdjectiveSuffixes = ["ig", "lich", "isch", "bar", "sam", "haft", "los", "voll"];
    private static readonly string[] NounSuffixes = ["ung", "heit", "keit", "schaft", "ion", "tät", "nis", "tum", "ling", "ismus", "chen"];

    private readonly GermanLexicon _lexicon;
    private readonly GermanLemmatizer _lemmatizer;

    private GermanTagger(GermanLexicon lexicon)
    {
        _lexicon = lexicon;
        _lemmatizer = new GermanLemmatizer(lexicon);
    }

    /// <summary>One tagger per process: the lexicons are read-only after loading, so it is thread-safe.</summary>
    public static GermanTagger Shared => Instance.Value;

    public IReadOnlyList<TaggedToken> Tag(string sentence)
    {
        var words = LatinWordTokenizer.Split(sentence, splitEnglishClitics: false);
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var readings = lower.Select(Analyse).ToArray();
        var chosen = new WordAnalysis[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            chosen[i] = Choose(i, lower, readings, chosen);
        }
        return [.. words.Select((w, i) => new TaggedToken(w, chosen[i].Pos, chosen[i].Lemma))];
    }

    private List<WordAnalysis> Analyse(string w)
    {
        if (!w.Any(char.IsLetterOrDigit))
        {
            return [new(PartOfSpeech.Punct, w)];
        }
        if (w.Any(char.IsDigit))
        {
            return [new(PartOfSpeech.Num, w)];
        }
        if (_lexicon.ClosedClass(w) is { } closed)
        {
            var list = closed.ToList();
            if (list[0] is { Pos: PartOfSpeech.Aux, Lemma: "haben" })
            {
                list.Add(new(PartOfSpeech.Verb, "haben"));
            }
            return list;
        }
        if (_lexicon.OpenClass(w) is { } open)
        {
            return [.. open];
        }
        if (GermanNumberWords.IsCardinal(w))
        {
            return [new(PartOfSpeech.Num, w)];
        }
        var readings = new List<WordAnalysis>();
        foreach (var tag in _lexicon.Tags(w))
        {
            var reading = FromLexiconTag(tag, w);
            if (reading is { } r && readings.All(x => x.Pos != r.Pos))
            {
                readings.Add(r);
            }
        }
        if (_lexicon.VerbLemma(w) is { } infinitive && readings.All(x => x.Pos != PartOfSpeech.Verb))
        {
            readings.Add(new(PartOfSpeech.Verb, infinitive));
        }
        if (readings.Count > 0 && readings.All(x => x.Pos != PartOfSpeech.Adj) && _lemmatizer.KnownAdjective(w) is { } adjective && adjective != w)
        {
            readings.Add(new(PartOfSpeech.Adj, adjective));
        }
        return readings.Count > 0 ? readings : [Guess(w)];
    }

    private WordAnalysis? FromLexiconTag(string tag, string w) => tag switch
    {
        "NOUN" or "NOUN:pl" => new(PartOfSpeech.Noun, _lemmatizer.Noun(w)),
        "PROPN" => new(PartOfSpeech.Propn, w),
        "ADJ" or "ADJ:infl" => new(PartOfSpeech.Adj, _lemmatizer.Adjective(w)),
        "VERB" => new(PartOfSpeech.Verb, _lemmatizer.Verb(w)),
        "AUX" => new(PartOfSpeech.Aux, _lemmatizer.Verb(w)),
        "X" => null,
        _ => PartOfSpeechNames.TryParse(tag, out var pos) ? new(pos, w) : null,
    };

    // An unknown lower-case word is most often a compound noun; derivational suffixes and separable
    // verb prefixes catch the rest.
    private WordAnalysis Guess(string w)
    {
        // Inflections of known words are safer evidence than a compound split, which can find a spurious head
        // (kräftiger is kräftig + er, not kräf + tiger).
        if (_lemmatizer.InflectedNoun(w) is { } noun)
        {
            return new(PartOfSpeech.Noun, noun);
        }
        if (_lemmatizer.KnownAdjective(w) is { } knownAdjective)
        {
            return new(PartOfSpeech.Adj, knownAdjective);
        }
        if (_lemmatizer.KnownVerb(w) is { } verb)
        {
            return new(PartOfSpeech.Verb, verb);
        }
        if (_lemmatizer.CompoundNoun(w) is { } compound)
        {
            return new(PartOfSpeech.Noun, compound);
        }
        if (w.EndsWith("weise", StringComparison.Ordinal) || w.EndsWith("wärts", StringComparison.Ordinal))
        {
            return new(PartOfSpeech.Adv, w);
        }
        var adjective = _lemmatizer.Adjective(w);
        if (AdjectiveSuffixes.Any(s => adjective.EndsWith(s, StringComparison.Ordinal)))
        {
            return new(PartOfSpeech.Adj, adjective);
        }
        if (NounSuffixes.Any(s => w.EndsWith(s, StringComparison.Ordinal)))
        {
            return new(PartOfSpeech.Noun, w);
        }
        if (w.EndsWith("ieren", StringComparison.Ordinal) || w.EndsWith("iert", StringComparison.Ordinal))
        {
            return new(PartOfSpeech.Verb, _lemmatizer.Verb(w));
        }
        return new(PartOfSpeech.Noun, _lemmatizer.Noun(w));
    }

    private WordAnalysis Choose(int i, string[] words, List<WordAnalysis>[] readings, WordAnalysis[] chosen)
    {
        var options = readings[i];
        if (options.Count == 1)
        {
            return options[0];
        }
        var w = words[i];
        WordAnalysis? prev = i > 0 ? chosen[i - 1] : null;
        var next = i + 1 < words.Length ? readings[i + 1] : null;
        var clauseFinal = next is null || next[0].Pos is PartOfSpeech.Punct or PartOfSpeech.Cconj;

        switch (w)
        {
            case "morgen":
                return Pick(options, i > 0 && (MorningCues.Contains(words[i - 1]) || prev?.Pos == PartOfSpeech.Adj) ? PartOfSpeech.Noun : PartOfSpeech.Adv);
            case "etwas" or "viel" or "mehr" or "wenig" or "weniger":
                if (next is not null && LooksLikeNoun(next))
                {
                    return Pick(options, PartOfSpeech.Det);
                }
                return w == "etwas" && (next is null || next[0].Pos is not (PartOfSpeech.Adj or PartOfSpeech.Adv))
                    ? Pick(options, PartOfSpeech.Pron)
                    : Pick(options, PartOfSpeech.Adv);
            case "ein" or "weiter":
                // Clause-final, they are the separated particle of a verb (setzt ... ein, geht ... weiter).
                return clauseFinal ? Pick(options, PartOfSpeech.Adp) : options[0];
            case "aber":
                return Pick(options, i == 0 || prev?.Pos == PartOfSpeech.Punct ? PartOfSpeech.Cconj : PartOfSpeech.Adv);
            case "zu":
                return next is not null && next.Any(r => r.Pos == PartOfSpeech.Verb) && words[i + 1].EndsWith('n')
                    ? Pick(options, PartOfSpeech.Part)
                    : Pick(options, PartOfSpeech.Adp);
            case "jeder":
                return Pick(options, next is not null && LooksLikeNoun(next) ? PartOfSpeech.Det : PartOfSpeech.Pron);
        }

        if (options[0] is { Pos: PartOfSpeech.Aux, Lemma: "haben" })
        {
            // haben builds the perfect only together with a participle; otherwise it is the main verb.
            var perfect = words.Skip(i + 1).Any(_lemmatizer.IsParticiple);
            return Pick(options, perfect ? PartOfSpeech.Aux : PartOfSpeech.Verb);
        }

        var hasNoun = options.Any(o => o.Pos is PartOfSpeech.Noun or PartOfSpeech.Propn);
        var hasAdj = options.Any(o => o.Pos == PartOfSpeech.Adj);
        var hasVerb = options.Any(o => o.Pos == PartOfSpeech.Verb);
        var nounPosition = prev is { } p && (p.Pos is PartOfSpeech.Det or PartOfSpeech.Adp or PartOfSpeech.Num
                                             || p.Pos == PartOfSpeech.Adj && IsInflected(words[i - 1]));
        if (hasAdj && (next is not null && LooksLikeNoun(next) || CoordinatedAdjective(i, words, readings)))
        {
            // An attributive adjective: kräftige gewitter, ein kräftiger und böiger wind.
            return Pick(options, PartOfSpeech.Adj);
        }
        if (hasVerb && i + 1 < words.Length && words[i + 1] is "es" or "sich" && (i == 0 || !nounPosition))
        {
            // The finite verb stands before an inverted subject or reflexive: regnet es, breiten sich.
            return Pick(options, PartOfSpeech.Verb);
        }
        if (hasNoun && nounPosition)
        {
            return PickNoun(options);
        }
        if (hasAdj && hasNoun)
        {
            // Outside a noun phrase, a word that is both is the predicative adjective: es wird kälter.
            return Pick(options, PartOfSpeech.Adj);
        }

        if (hasVerb && _lemmatizer.IsParticiple(w))
        {
            // A participle before a form of werden/sein/haben is verbal (gerechnet werden); otherwise adjectival.
            var beforeAux = next is not null && next[0].Pos == PartOfSpeech.Aux;
            return Pick(options, beforeAux || options.All(o => o.Pos != PartOfSpeech.Adj) ? PartOfSpeech.Verb : PartOfSpeech.Adj);
        }

        if (hasVerb)
        {
            var clause = ClauseBefore(i, chosen);
            var hasFinite = clause.Any(c => c.Pos is PartOfSpeech.Verb or PartOfSpeech.Aux);
            if (prev?.Pos == PartOfSpeech.Pron && !hasFinite)
            {
                return Pick(options, PartOfSpeech.Verb);
            }
            if (hasFinite && !clauseFinal && hasNoun)
            {
                // A clause has one finite verb; a second verb-looking word before its end is a noun (setzt im westen regen ein).
                return PickNoun(options);
            }
            if (clauseFinal && clause.Any(c => c.Pos == PartOfSpeech.Aux))
            {
                return Pick(options, PartOfSpeech.Verb);
            }
        }
        return options[0];
    }

    private static IEnumerable<WordAnalysis> ClauseBefore(int i, WordAnalysis[] chosen)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (chosen[j].Pos is PartOfSpeech.Punct or PartOfSpeech.Cconj or PartOfSpeech.Sconj)
            {
                yield break;
            }
            yield return chosen[j];
        }
    }

    private static bool CoordinatedAdjective(int i, string[] words, List<WordAnalysis>[] readings) =>
        i + 2 < words.Length && words[i + 1] is "und" or "oder" or "bis"
        && readings[i + 2].Any(r => r.Pos == PartOfSpeech.Adj) && IsInflected(words[i]);

    private static bool LooksLikeNoun(List<WordAnalysis> readings) =>
        readings[0].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn;

    private static bool IsInflected(string adjective) =>
        adjective.EndsWith('e') || adjective.EndsWith("en", StringComparison.Ordinal) || adjective.EndsWith("em", StringComparison.Ordinal)
        || adjective.EndsWith("er", StringComparison.Ordinal) || adjective.EndsWith("es", StringComparison.Ordinal);

    private static WordAnalysis PickNoun(List<WordAnalysis> options) =>
        options.First(o => o.Pos is PartOfSpeech.Noun or PartOfSpeech.Propn);

    private static WordAnalysis Pick(List<WordAnalysis> options, PartOfSpeech pos) =>
        options.FirstOrDefault(o => o.Pos == pos) is { Lemma: not null } hit ? hit : options[0];
}
