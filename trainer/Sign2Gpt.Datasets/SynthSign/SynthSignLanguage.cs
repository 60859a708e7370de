using Sign2Gpt.Datasets.SynthSign.Grammar;
using Sign2Gpt.Datasets.SynthSign.Phonology;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>
/// One synthetic sign language: its lexicon of signs and the grammar that pairs spoken sentences
/// with signs. "synth-dgs" translates to German, "synth-asl" to English.
/// </summary>
public sealed class SynthSignLanguage
{
    private const int MaxAttempts = 10_000;
    private readonly Lazy<SignLexicon> lexicon;

    private SynthSignLanguage(string id, string spokenLanguage, ISentenceRealizer realizer, PhonologyInventory phonology)
    {
        Id = id;
        SpokenLanguage = spokenLanguage;
        Realizer = realizer;
        lexicon = new Lazy<SignLexicon>(() => SignLexicon.Build(realizer.Glosses, phonology));
    }

    public static SynthSignLanguage Dgs { get; } = new("synth-dgs", "de", new GermanDgsRealizer(), PhonologyInventory.Dgs);

    public static SynthSignLanguage Asl { get; } = new("synth-asl", "en", new EnglishAslRealizer(), PhonologyInventory.Asl);

    public static IReadOnlyList<SynthSignLanguage> All { get; } = [Dgs, Asl];

    /// <summary>"synth-dgs" or "synth-asl".</summary>
    public string Id { get; }

    /// <summary>ISO 639-1 code of the translations.</summary>
    public string SpokenLanguage { get; }

    public SignLexicon Lexicon => lexicon.Value;

    internal ISentenceRealizer Realizer { get; }

    /// <summary>The language a SynthSign corpus folder was generated in (from its synthsign.json), or null for any other folder.</summary>
    /// <exception cref="Corpora.CorpusFormatException">synthsign.json is there but unreadable.</exception>
    public static SynthSignLanguage? OfCorpus(string root)
    {
        var marker = Path.Combine(root, SynthSignManifest.FileName);
        if (!File.Exists(marker))
        {
            return null;
        }

        try
        {
            using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(marker));
            return FromId(manifest.RootElement.GetProperty("language").GetString() ?? "");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new Corpora.CorpusFormatException(marker, null, $"not a SynthSign manifest: {e.Message}");
        }
    }

    /// <exception cref="ArgumentException">No language has this id.</exception>
    public static SynthSignLanguage FromId(string id) =>
        All.FirstOrDefault(language => string.Equals(language.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown SynthSign language '{id}'; expected one of: {string.Join(", ", All.Select(language => language.Id))}.", nameof(id));

    /// <summary>
    /// The sentence number <paramref name="index"/> of a seed. Meanings are drawn before a language is
    /// chosen, so the two languages mostly give translations of each other for the same seed and index
    /// (not always: a meaning whose signs fall outside the length range in one language is redrawn).
    /// </summary>
    public SynthSentence GenerateSentence(long seed, long index, int minSigns = 4, int maxSigns = 9) =>
        GenerateSentence(SynthRandom.For(seed, "sentence", index), minSigns, maxSigns);

    internal SynthSentence GenerateSentence(SynthRandom random, int minSigns, int maxSigns)
    {
        var sampler = new MeaningSampler(random);
        var domain = random.Chance(0.5) ? SentenceDomain.Weather : SentenceDomain.DailyLife;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var sentence = Realizer.Realize(sampler.Next(domain));
            if (sentence.Signs.Count >= minSigns && sentence.Signs.Count <= maxSigns)
            {
                return sentence;
            }
        }

        throw new InvalidOperationException($"The {Id} grammar gave no {domain} sentence of {minSigns} to {maxSigns} signs in {MaxAttempts} attempts; widen the range.");
    }

    public override string ToString() => Id;
}
