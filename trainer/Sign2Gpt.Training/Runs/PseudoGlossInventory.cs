using Sign2Gpt.Inference.Bundles;
using Sign2Gpt.Text.PseudoGlosses;
using Sign2Gpt.Text.WordVectors;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// The pseudo-gloss vocabulary and prototypes of a multi-language training set: built per language (the
/// 0.4 share is a per-language property), then joined in language order, remembering which languages
/// each gloss came from. Saved as glosses.txt, gloss-languages.txt and prototypes.bin beside the model.
/// </summary>
/// <param name="Languages">Per gloss, in vocabulary order, the languages whose vocabulary has it.</param>
public sealed record PseudoGlossInventory(PseudoGlossVocabulary Vocabulary, PrototypeMatrix Prototypes, IReadOnlyList<IReadOnlyList<string>> Languages)
{
    public const string GlossesFile = "glosses.txt";
    public const string LanguagesFile = "gloss-languages.txt";
    public const string PrototypesFile = "prototypes.bin";

    /// <summary>The entries a bundle ships: each gloss with its languages.</summary>
    public IReadOnlyList<PseudoGlossEntry> Entries => [.. Vocabulary.Glosses.Select((gloss, index) => new PseudoGlossEntry(gloss, Languages[index]))];

    public static async Task<PseudoGlossInventory> BuildAsync(
        IReadOnlyList<(string Language, string Sentence)> training,
        FastTextOptions fastText,
        CancellationToken cancellationToken)
    {
        var glosses = new List<string>();
        var languages = new List<List<string>>();
        var values = new List<float>();
        foreach (var language in training.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var generator = PseudoGlossGenerator.Create(PseudoGlossLanguages.Parse(language));
            var sentences = training.Where(t => t.Language == language).Select(t => t.Sentence).ToList();
            var (vocabulary, prototypes) = await PseudoGlossPrototypes.BuildAsync(sentences, generator, fastText, cancellationToken);
            foreach (var gloss in vocabulary.Glosses)
            {
                var known = glosses.IndexOf(gloss);
                if (known >= 0)
                {
                    languages[known].Add(language);
                    continue;
                }

                glosses.Add(gloss);
                languages.Add([language]);
                values.AddRange(prototypes.Row(vocabulary.IndexOf(gloss)).ToArray());
            }
        }

        values.AddRange(new float[fastText.Dimension]);
        return new PseudoGlossInventory(new PseudoGlossVocabulary(glosses), new PrototypeMatrix(glosses, fastText.Dimension, [.. values]), languages);
    }

    public static async Task<PseudoGlossInventory> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var vocabulary = await PseudoGlossVocabulary.LoadAsync(Path.Combine(directory, GlossesFile), cancellationToken);
        var prototypes = await PrototypeMatrix.LoadAsync(Path.Combine(directory, PrototypesFile), cancellationToken);
        prototypes.EnsureMatches(vocabulary);
        var languagesPath = Path.Combine(directory, LanguagesFile);
        if (!File.Exists(languagesPath))
        {
            throw new InvalidDataException($"'{directory}' has no {LanguagesFile}: it was trained before glosses recorded their language; train it again.");
        }

        var languages = (await File.ReadAllLinesAsync(languagesPath, cancellationToken))
            .Select(line => (IReadOnlyList<string>)line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (languages.Count != vocabulary.Count || languages.Any(l => l.Count == 0))
        {
            throw new InvalidDataException($"'{languagesPath}' must give at least one language for each of the {vocabulary.Count} glosses.");
        }

        return new PseudoGlossInventory(vocabulary, prototypes, languages);
    }

    public async Task SaveAsync(string directory, CancellationToken cancellationToken)
    {
        await Vocabulary.SaveAsync(Path.Combine(directory, GlossesFile), cancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(directory, LanguagesFile), Languages.Select(l => string.Join(' ', l)), cancellationToken);
        await Prototypes.SaveAsync(Path.Combine(directory, PrototypesFile), cancellationToken);
    }
}
