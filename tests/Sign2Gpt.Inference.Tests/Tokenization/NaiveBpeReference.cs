using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Tests.Tokenization;

/// <summary>
/// Textbook BPE that recounts every pair before each merge: too slow for real corpora, but simple enough to
/// trust, so the incremental trainer is checked against it. Same rules: alphabet of characters seen at least
/// min-frequency times, most frequent pair first, ties to the earlier (left, right) piece, pairs whose
/// concatenation already exists are skipped.
/// </summary>
internal static class NaiveBpeReference
{
    /// <summary>The marker, the alphabet and the merged pieces, in id order.</summary>
    public static List<string> Train(IEnumerable<string> sentences, int mergeBudget, int minFrequency)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var text = TextNormalization.Nfc(sentence);
            foreach (var token in PreTokenizer.Split(text))
            {
                var key = string.Concat(token.StartsWord ? "\u2581" : string.Empty, text.AsSpan(token.Start, token.Length));
                words[key] = words.GetValueOrDefault(key) + 1;
            }
        }

        var characterCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in words)
        {
            foreach (var character in Characters(word).Where(c => c != "\u2581" && !char.IsControl(c, 0)))
            {
                characterCounts[character] = characterCounts.GetValueOrDefault(character) + count;
            }
        }

        var vocabulary = new List<string> { "\u2581" };
        vocabulary.AddRange(characterCounts.Where(p => p.Value >= minFrequency).Select(p => p.Key).OrderBy(c => char.ConvertToUtf32(c, 0)));

        // A null symbol is a byte-fallback character, which never merges.
        var segmented = words.Select(w => (Symbols: Characters(w.Key).Select(c => vocabulary.Contains(c) ? c : null).ToList(), w.Value)).ToList();
        for (var merge = 0; merge < mergeBudget; merge++)
        {
            var pairCounts = new Dictionary<(string, string), int>();
            foreach (var (symbols, count) in segmented)
            {
                for (var i = 0; i + 1 < symbols.Count; i++)
                {
                    if (symbols[i] is { } left && symbols[i + 1] is { } right)
                    {
                        pairCounts[(left, right)] = pairCounts.GetValueOrDefault((left, right)) + count;
                    }
                }
            }

            var best = pairCounts
                .Where(p => p.Value >= minFrequency && !vocabulary.Contains(p.Key.Item1 + p.Key.Item2))
                .OrderByDescending(p => p.Value)
                .ThenBy(p => vocabulary.IndexOf(p.Key.Item1))
                .ThenBy(p => vocabulary.IndexOf(p.Key.Item2))
                .Select(p => p.Key)
                .FirstOrDefault();
            if (best == default)
            {
                break;
            }

            vocabulary.Add(best.Item1 + best.Item2);
            foreach (var (symbols, _) in segmented)
            {
                for (var i = 0; i + 1 < symbols.Count; i++)
                {
                    if (symbols[i] == best.Item1 && symbols[i + 1] == best.Item2)
                    {
                        symbols[i] = best.Item1 + best.Item2;
                        symbols.RemoveAt(i + 1);
                    }
                }
            }
        }

        return vocabulary;
    }

    private static IEnumerable<string> Characters(string word) =>
        word.EnumerateRunes().Select(r => r.ToString());
}
