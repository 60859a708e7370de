namespace Sign2Gpt.Text.PseudoGlosses.English;

/// <summary>
/// English part-of-speech tagger and lemmatiser: Penn Treebank tags from the lexicon (suffix rules for unknown
/// words), corrected in context by Brill's transformation rules, then mapped to universal POS the way UD
/// English and spaCy do (be and modals AUX, have/do AUX only when they support another verb).
/// </summary>
public sealed class EnglishTagger : IPartOfSpeechTagger
{
    private static readonly Lazy<EnglishTagger> Instance = new(() => new EnglishTagger(EnglishLexicon.Shared));

    private static readonly HashSet<string> Subordinators = ["because", "if", "although", "though", "while", "whether", "unless", "since", "that", "so"];

    private readonly EnglishLexicon _lexicon;
    private readonly EnglishLemmatizer _lemmatizer;

    private EnglishTagger(EnglishLexicon lexicon)
    {
        _lexicon = lexicon;
        _lemmatizer = new EnglishLemmatizer(lexicon);
    }

    /// <summary>One tagger per process: the lexicons are read-only after loading, so it is thread-safe.</summary>
    public static EnglishTagger Shared => Instance.Value;

    public IReadOnlyList<TaggedToken> Tag(string sentence)
    {
        var words = LatinWordTokenizer.Split(sentence, splitEnglishClitics: true);
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var tags = words.Select((w, i) => InitialTag(w, lower[i], i)).ToArray();
        foreach (var rule in _lexicon.ContextRules)
        {
            rule.Apply(lower, tags);
        }
        ApplySpokenRegisterRules(lower, tags);
        var tokens = new List<TaggedToken>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var lemma = _lemmatizer.Lemma(lower[i], tags[i]);
            tokens.Add(new TaggedToken(words[i], Universal(i, lower, tags, lemma), lemma));
        }
        return tokens;
    }

    private string InitialTag(string word, string lower, int position)
    {
        if (!word.Any(char.IsLetterOrDigit))
        {
            return word is "." or "?" or "!" ? "." : ",";
        }
        if (lower is "'s")
        {
            return "VBZ";
        }
        var known = _lexicon.Tags(lower);
        if (known.Count > 0)
        {
            // Lower-casing merged "May" (NNP) and "may" (MD): a capitalised word inside a sentence keeps a proper-noun reading.
            return position > 0 && char.IsUpper(word[0]) && known.Contains("NNP") ? "NNP" : known[0];
        }
        return GuessTag(word, lower, position);
    }

    // Brill's rules were learnt from newspaper text; these cover constructions frequent in spoken, everyday
    // sentences that the rules leave wrong.
    private void ApplySpokenRegisterRules(string[] words, string[] tags)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            var next = i + 1 < tags.Length ? tags[i + 1] : ".";
            if (words[i] == "please" && (i == 0 || _lexicon.VerbLemma(i + 1 < words.Length ? words[i + 1] : "") is not null))
            {
                // Polite "please" is an interjection and the word after it an imperative: please wait here.
                tags[i] = "UH";
                if (i + 1 < tags.Length && _lexicon.VerbLemma(words[i + 1]) is not null)
                {
                    tags[i + 1] = "VB";
                }
            }
            else if (tags[i] == "IN" && !Subordinators.Contains(words[i])
                     && (next is "." or "," or "CC" || next == "IN" && Subordinators.Contains(words[i + 1])))
            {
                // A preposition without an object is an adverb: the children played outside.
                tags[i] = "RB";
            }
            else if (i >= 2 && words[i - 1] is "not" or "n't" && (tags[i - 2] == "MD" || _lexicon.VerbLemma(words[i - 2]) == "do")
                     && _lexicon.VerbLemma(words[i]) is not null)
            {
                // After do/modal + not comes the bare verb: she does not like ...
                tags[i] = "VB";
            }
        }
    }

    private string GuessTag(string word, string lower, int position)
    {
        if (lower.Any(char.IsDigit))
        {
            return "CD";
        }
        if (position > 0 && char.IsUpper(word[0]))
        {
            return "NNP";
        }
        if (lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return "VBG";
        }
        if (lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return "VBD";
        }
        if (lower.EndsWith("ly", StringComparison.Ordinal))
        {
            return "RB";
        }
        if (_lemmatizer.Adjective(lower) is var positive && positive != lower)
        {
            return lower.EndsWith("est", StringComparison.Ordinal) ? "JJS" : "JJR";
        }
        if (lower.EndsWith('s') && _lexicon.Has(lower[..^1], "NN"))
        {
            return "NNS";
        }
        string[] adjectiveSuffixes = ["able", "ible", "ful", "ous", "ive", "al", "ic", "less", "ish", "y"];
        return adjectiveSuffixes.Any(s => lower.EndsWith(s, StringComparison.Ordinal)) ? "JJ" : lower.EndsWith('s') ? "NNS" : "NN";
    }

    private static PartOfSpeech Universal(int i, string[] words, string[] tags, string lemma)
    {
        var tag = tags[i];
        var word = words[i];
        if (word is "not" or "n't")
        {
            return PartOfSpeech.Part;
        }
        if (tag.StartsWith("VB", StringComparison.Ordinal))
        {
            return lemma switch
            {
                "be" => PartOfSpeech.Aux,
                "have" or "do" when SupportsAnotherVerb(i, words, tags) => PartOfSpeech.Aux,
                _ => PartOfSpeech.Verb,
            };
        }
        return tag switch
        {
            "NN" or "NNS" => PartOfSpeech.Noun,
            "NNP" or "NNPS" => PartOfSpeech.Propn,
            "JJ" or "JJR" or "JJS" => PartOfSpeech.Adj,
            "RB" or "RBR" or "RBS" or "WRB" => PartOfSpeech.Adv,
            "MD" => PartOfSpeech.Aux,
            "CD" => PartOfSpeech.Num,
            "PRP" or "PRP$" or "WP" or "WP$" or "EX" => PartOfSpeech.Pron,
            // "this"/"that" standing alone is a pronoun; before a noun phrase a determiner.
            "DT" or "WDT" or "PDT" => word is "this" or "that" or "these" or "those" && !StartsNounPhrase(i + 1, tags)
                ? PartOfSpeech.Pron
                : PartOfSpeech.Det,
            "IN" => Subordinators.Contains(word) ? PartOfSpeech.Sconj : PartOfSpeech.Adp,
            "RP" => PartOfSpeech.Adp,
            "TO" => i + 1 < tags.Length && tags[i + 1] == "VB" ? PartOfSpeech.Part : PartOfSpeech.Adp,
            "CC" => PartOfSpeech.Cconj,
            "UH" => PartOfSpeech.Intj,
            "POS" => PartOfSpeech.Part,
            "." or "," or ":" => PartOfSpeech.Punct,
            "SYM" => PartOfSpeech.Sym,
            _ => PartOfSpeech.X,
        };
    }

    // have + participle (perfect) and do + bare verb (questions, negation) are auxiliaries.
    private static bool SupportsAnotherVerb(int i, string[] words, string[] tags)
    {
        for (var j = i + 1; j < Math.Min(tags.Length, i + 4); j++)
        {
            if (tags[j] is "VBN" or "VB" || tags[j] == "VBD" && words[i] is "has" or "have" or "had")
            {
                return true;
            }
            if (!(tags[j] is "RB" or "PRP" or "NNP" || words[j] is "not" or "n't"))
            {
                return false;
            }
        }
        return false;
    }

    private static bool StartsNounPhrase(int i, string[] tags) =>
        i < tags.Length && (tags[i].StartsWith("NN", StringComparison.Ordinal) || tags[i].StartsWith("JJ", StringComparison.Ordinal) || tags[i] == "CD");
}
