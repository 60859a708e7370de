using Sign2Gpt.Text.PseudoGlosses;
using Sign2Gpt.Text.WordVectors;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// The pseudo-gloss vocabulary and prototypes of a multi-language training set: built per language (the
/// 0.4 share is a per-language property), then joined in language order. Saved as glosses.txt and
/// prototypes.bin beside the model.
/// </summary>
public sealed record PseudoGlossInventory(PseudoGlossVocabulary Vocabulary, PrototypeMatrix Prototypes)
{
    public const string GlossesFile = "glosses.txt";
    public const string PrototypesFile = "prototypes.bin";

    public static async Task<PseudoGlossInventory> BuildAsync(
        IReadOnlyList<(string Language, string Sentence)> training,
        FastTextOptions fastText,
        CancellationToken cancellationToken)
    {
        var glosses = new List<string>();
        var values = new List<float>();
        foreach (var language in training.Select(t => t.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var generator = PseudoGlossGenerator.Create(PseudoGlossLanguages.Parse(language));
            var sentences = training.Where(t => t.Language == language).Select(t => t.Sentence).ToList();
            var (vocabulary, prototypes) = await PseudoGlossPrototypes.BuildAsync(sentences, generator, fastText, cancellationToken);
            foreach (var gloss in vocabulary.Glosses.Where(g => !glosses.Contains(g)))
            {
                glosses.Add(gloss);
                values.AddRange(prototypes.Row(vocabulary.IndexOf(gloss)).ToArray());
            }
        }

        values.AddRange(new float[fastText.Dimension]);
        return new PseudoGlossInventory(new PseudoGlossVocabulary(glosses), new PrototypeMatrix(glosses, fastText.Dimension, [.. values]));
    }

    public static async Task<PseudoGlossInventory> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var vocabulary = await PseudoGlossVocabulary.LoadAsync(Path.Combine(directory, GlossesFile), cancellationToken);
        var prototypes = await PrototypeMatrix.LoadAsync(Path.Combine(directory, PrototypesFile), cancellationToken);
        prototypes.EnsureMatches(vocabulary);
        return new PseudoGlossInventory(vocabulary, prototypes);
    }

    public async Task SaveAsync(string directory, CancellationToken cancellationToken)
    {
        await Vocabulary.SaveAsync(Path.Combine(directory, GlossesFile), cancellationToken);
        await Prototypes.SaveAsync(Path.Combine(directory, PrototypesFile), cancellationToken);
    }
}
