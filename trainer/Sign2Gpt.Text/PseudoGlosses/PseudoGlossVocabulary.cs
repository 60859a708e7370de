using System.Text;

namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>
/// The pseudo-gloss classes of a training split, in a fixed order (index = class id). Built from every
/// pseudo-gloss of the split, minus those whose total count divided by the number of sentences is at
/// least the threshold (0.4 in Sign2GPT): words that common cannot be localised in a clip.
/// Ordered by descending count, ties by ordinal string order, so the same corpus always gives the same ids.
/// </summary>
public sealed class PseudoGlossVocabulary
{
    public const double DefaultMaxSentenceShare = 0.4;

    private readonly Dictionary<string, int> _index;

    public PseudoGlossVocabulary(IEnumerable<string> glosses)
    {
        Glosses = [.. glosses];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Glosses.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Glosses[i]) || Glosses[i].Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"Pseudo-gloss #{i} '{Glosses[i]}' is empty or contains whitespace.", nameof(glosses));
            }
            if (!_index.TryAdd(Glosses[i], i))
            {
                throw new ArgumentException($"Pseudo-gloss '{Glosses[i]}' occurs twice.", nameof(glosses));
            }
        }
    }

    public IReadOnlyList<string> Glosses { get; }

    public int Count => Glosses.Count;

    /// <summary>Builds the vocabulary from each training sentence's pseudo-glosses (duplicates counted).</summary>
    public static PseudoGlossVocabulary Build(IEnumerable<IReadOnlyList<string>> sentenceGlosses, double maxSentenceShare = DefaultMaxSentenceShare)
    {
        if (maxSentenceShare is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSentenceShare), maxSentenceShare, "The share must be in (0, 1].");
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = 0;
        foreach (var glosses in sentenceGlosses)
        {
            sentences++;
            foreach (var gloss in glosses)
            {
                counts[gloss] = counts.GetValueOrDefault(gloss) + 1;
            }
        }
        return new PseudoGlossVocabulary(counts
            .Where(kv => (double)kv.Value / sentences < maxSentenceShare)
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key));
    }

    /// <summary>The class id of a pseudo-gloss, or -1 when it is not in the vocabulary (filtered or unseen).</summary>
    public int IndexOf(string gloss) => _index.GetValueOrDefault(gloss, -1);

    public bool Contains(string gloss) => _index.ContainsKey(gloss);

    /// <summary>The pretraining target: 1 for every vocabulary pseudo-gloss the sentence has, 0 elsewhere.</summary>
    public float[] MultiHot(IEnumerable<string> glosses)
    {
        var target = new float[Count];
        foreach (var gloss in glosses)
        {
            if (_index.TryGetValue(gloss, out var i))
            {
                target[i] = 1f;
            }
        }
        return target;
    }

    /// <summary>Writes one pseudo-gloss per line, UTF-8, in class-id order.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        await File.WriteAllLinesAsync(path, Glosses, new UTF8Encoding(false), cancellationToken);
    }

    public static async Task<PseudoGlossVocabulary> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken);
        return new PseudoGlossVocabulary(lines.Where(l => l.Length > 0));
    }
}
