namespace Sign2Gpt.Text.PseudoGlosses.German;

/// <summary>
/// The German word knowledge behind <see cref="GermanTagger"/>, all keyed by lower-cased form: hand-written
/// closed-class and weather-register tables, and the tag and verb tables converted from Pattern's
/// BSD-licensed German lexicon (Resources/README.md).
/// </summary>
internal sealed class GermanLexicon
{
    private readonly Dictionary<string, List<WordAnalysis>> _closedClass;
    private readonly Dictionary<string, List<WordAnalysis>> _openClass;
    private readonly Dictionary<string, string[]> _tags;
    private readonly Dictionary<string, string> _verbLemmas = new(StringComparer.Ordinal);
    private readonly HashSet<string> _participles = new(StringComparer.Ordinal);

    private GermanLexicon()
    {
        _closedClass = ReadAnalyses("german-closed-class.tsv");
        _openClass = ReadAnalyses("german-open-class.tsv");
        _tags = LexiconResources.ReadTable("german-lexicon.tsv")
            .ToDictionary(cells => cells[0], cells => cells[1].Split(' '), StringComparer.Ordinal);
        var claims = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var cells in LexiconResources.ReadTable("german-verbs.tsv"))
        {
            var infinitive = cells[0];
            if (cells[1].Length > 0)
            {
                _participles.Add(cells[1]);
            }
            foreach (var form in cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(cells[1]).Append(infinitive))
            {
                if (!claims.TryGetValue(form, out var infinitives))
                {
                    claims[form] = infinitives = [];
                }
                infinitives.Add(infinitive);
            }
        }
        foreach (var (form, infinitives) in claims)
        {
            _verbLemmas[form] = infinitives.Contains(form) ? form : infinitives
                .OrderByDescending(i => CommonPrefix(WithoutUmlauts(i), WithoutUmlauts(form)))
                .ThenBy(i => i.Length)
                .ThenBy(i => i.Any(c => c is 'ä' or 'ö' or 'ü'))
                .First();
        }
    }

    // A form several verbs claim (zieht: ziehen, zeihen; bleibt: bleiben, fernbleiben; fällt: fallen, fällen)
    // belongs to the verb it shares the longest beginning with (umlauts ignored, since strong verbs take one
    // in the present), then to the shortest, then to the one without umlaut: the common strong verb.
    private static string WithoutUmlauts(string s) => s.Replace('ä', 'a').Replace('ö', 'o').Replace('ü', 'u');

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return n;
    }

    public static GermanLexicon Shared { get; } = new();

    public IReadOnlyList<WordAnalysis>? ClosedClass(string form) => _closedClass.GetValueOrDefault(form);

    public IReadOnlyList<WordAnalysis>? OpenClass(string form) => _openClass.GetValueOrDefault(form);

    public IReadOnlyList<string> Tags(string form) => _tags.GetValueOrDefault(form) ?? [];

    public string? VerbLemma(string form) => _verbLemmas.GetValueOrDefault(form);

    public bool IsParticiple(string form) => _participles.Contains(form);

    public bool IsNoun(string form) =>
        _openClass.TryGetValue(form, out var open) && open.Any(a => a.Pos is PartOfSpeech.Noun or PartOfSpeech.Propn)
        || Tags(form).Any(t => t.StartsWith("NOUN", StringComparison.Ordinal) || t == "PROPN");

    public bool IsKnownPlural(string form) => Tags(form).Contains("NOUN:pl");

    /// <summary>True for forms the lexicon lists as uninflected adjectives (predicative or adverbial use).</summary>
    public bool IsAdjectiveBase(string form) => Tags(form).Contains("ADJ");

    public bool IsKnown(string form) =>
        _closedClass.ContainsKey(form) || _openClass.ContainsKey(form) || _tags.ContainsKey(form) || _verbLemmas.ContainsKey(form);

    private static Dictionary<string, List<WordAnalysis>> ReadAnalyses(string fileName)
    {
        var table = new Dictionary<string, List<WordAnalysis>>(StringComparer.Ordinal);
        foreach (var cells in LexiconResources.ReadTable(fileName))
        {
            if (!table.TryGetValue(cells[0], out var analyses))
            {
                table[cells[0]] = analyses = [];
            }
            analyses.Add(new WordAnalysis(PartOfSpeechNames.Parse(cells[1]), cells[2]));
        }
        return table;
    }
}
