namespace Sign2Gpt.Text.PseudoGlosses.English;

/// <summary>
/// English word knowledge keyed by lower-cased form: Penn Treebank tags (most likely first) and the verb
/// inflection table, both converted from Pattern's BSD-licensed English data (Resources/README.md).
/// </summary>
internal sealed class EnglishLexicon
{
    private readonly Dictionary<string, string[]> _tags;
    private readonly Dictionary<string, string> _verbLemmas = new(StringComparer.Ordinal);

    private EnglishLexicon()
    {
        _tags = LexiconResources.ReadTable("english-lexicon.tsv")
            .ToDictionary(cells => cells[0], cells => cells[1].Split(' '), StringComparer.Ordinal);
        foreach (var cells in LexiconResources.ReadTable("english-verbs.tsv"))
        {
            _verbLemmas.TryAdd(cells[0], cells[0]);
            foreach (var form in cells.Skip(1).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                _verbLemmas.TryAdd(form, cells[0]);
            }
        }
        ContextRules = BrillContextRule.ReadAll("english-context-rules.txt");
    }

    public static EnglishLexicon Shared { get; } = new();

    public IReadOnlyList<BrillContextRule> ContextRules { get; }

    public IReadOnlyList<string> Tags(string form) => _tags.GetValueOrDefault(form) ?? [];

    public string? VerbLemma(string form) => _verbLemmas.GetValueOrDefault(form);

    public bool Has(string form, string tag) => Tags(form).Contains(tag);
}
