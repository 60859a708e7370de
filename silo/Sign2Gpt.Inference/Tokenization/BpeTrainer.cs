using System.Runtime.InteropServices;
using System.Text;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// Learns a <see cref="BpeModel"/> from sentences. Words are counted once, then each merge only revisits the words
/// that contain the merged pair, updating pair counts by difference; a priority queue with lazily discarded stale
/// entries finds the next pair. The result depends only on the multiset of sentences, not on their order:
/// the most frequent pair wins and ties go to the smaller (left id, right id), ids themselves being assigned
/// from code points and merge order.
/// </summary>
internal static class BpeTrainer
{
    public static BpeModel Train(IEnumerable<string> sentences, BpeTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        if (LanguageTags.Problem(options.Languages) is { } problem)
        {
            throw new ArgumentException($"Invalid {nameof(options.Languages)}: {problem}.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinFrequency, 1);
        var languages = options.Languages.ToArray();
        var smallest = new VocabularyLayout(languages.Length, 1).FirstMergeId;
        if (options.VocabularySize < smallest)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.VocabularySize,
                $"{nameof(options.VocabularySize)} must be at least {smallest}: 4 specials, {languages.Length} language tags, 256 byte tokens and the word-start marker.");
        }

        var words = CountWords(sentences);
        var alphabet = ChooseAlphabet(words, options.MinFrequency, options.VocabularySize - smallest);
        var start = new BpeModel(languages, alphabet, []);
        var merges = new MergeLearner(start, words).Learn(options.VocabularySize, options.MinFrequency);
        return start with { Merges = merges };
    }

    /// <summary>Distinct pre-tokens and their counts; index 1 holds those that start a word.</summary>
    private static Dictionary<string, int>[] CountWords(IEnumerable<string> sentences)
    {
        Dictionary<string, int>[] counts = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        var lookups = counts.Select(c => c.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        foreach (var sentence in sentences)
        {
            var text = TextNormalization.Nfc(sentence);
            foreach (var token in PreTokenizer.Split(text))
            {
                var span = text.AsSpan(token.Start, token.Length);
                CollectionsMarshal.GetValueRefOrAddDefault(lookups[token.StartsWord ? 1 : 0], span, out _)++;
            }
        }

        return counts;
    }

    private static int[] ChooseAlphabet(Dictionary<string, int>[] words, int minFrequency, int budget)
    {
        var runeCounts = new Dictionary<int, long>();
        foreach (var (word, count) in words.SelectMany(w => w))
        {
            foreach (var rune in word.EnumerateRunes())
            {
                if (VocabularyLayout.CanBeAlphabetCharacter(rune))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(runeCounts, rune.Value, out _) += count;
                }
            }
        }

        // When the budget is short (many Chinese characters), the most frequent characters win; the rest are bytes.
        return runeCounts
            .Where(pair => pair.Value >= minFrequency)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(budget)
            .Select(pair => pair.Key)
            .Order()
            .ToArray();
    }

    private sealed class MergeLearner
    {
        private readonly VocabularyLayout _layout;
        private readonly List<string> _pieces;
        private readonly HashSet<string> _pieceSet;
        private readonly List<int[]> _symbols = [];
        private readonly List<int> _weights = [];
        private readonly Dictionary<long, long> _pairCounts = [];
        private readonly Dictionary<long, List<int>> _pairWords = [];
        private readonly PriorityQueue<long, (long Count, long Key)> _queue = new(MostFrequentFirst.Instance);

        // Pairs whose concatenation already exists as a piece (reachable by another merge path). Merging them
        // would give one string two ids, so they are never merged.
        private readonly HashSet<long> _banned = [];

        public MergeLearner(BpeModel start, Dictionary<string, int>[] words)
        {
            _layout = start.Layout;
            _pieces = [.. start.BuildPieces()];
            _pieceSet = new HashSet<string>(_pieces, StringComparer.Ordinal);
            var characterIds = new Dictionary<int, int>();
            for (var i = 0; i < start.Alphabet.Count; i++)
            {
                characterIds[start.Alphabet[i]] = _layout.MarkerId + 1 + i;
            }

            for (var startsWord = 0; startsWord < words.Length; startsWord++)
            {
                foreach (var (word, count) in words[startsWord])
                {
                    var symbols = ToSymbols(word, startsWord == 1, characterIds);
                    if (HasMergeablePair(symbols))
                    {
                        AddWord(symbols, count);
                    }
                }
            }

            foreach (var (key, count) in _pairCounts)
            {
                _queue.Enqueue(key, (count, key));
            }
        }

        public List<MergePair> Learn(int vocabularySize, int minFrequency)
        {
            var merges = new List<MergePair>();
            var stamps = new int[_symbols.Count];
            var deltas = new Dictionary<long, long>();
            while (_pieces.Count < vocabularySize && _queue.TryDequeue(out var key, out var entry))
            {
                if (!_pairCounts.TryGetValue(key, out var count) || count != entry.Count)
                {
                    continue;
                }

                if (count < minFrequency)
                {
                    break;
                }

                var pair = MergePair.FromKey(key);
                var piece = _pieces[pair.Left] + _pieces[pair.Right];
                if (!_pieceSet.Add(piece))
                {
                    _banned.Add(key);
                    _pairCounts.Remove(key);
                    continue;
                }

                var merged = _pieces.Count;
                _pieces.Add(piece);
                merges.Add(pair);
                deltas.Clear();
                foreach (var word in _pairWords[key])
                {
                    // A word is listed once per time it gained the pair; a stamp per merge visits it only once.
                    if (stamps[word] == merges.Count)
                    {
                        continue;
                    }

                    stamps[word] = merges.Count;
                    if (Replace(_symbols[word], pair, merged) is not { } replaced)
                    {
                        continue;
                    }

                    CountPairs(_symbols[word], -_weights[word], deltas);
                    CountPairs(replaced, _weights[word], deltas);
                    ListNewPairs(replaced, merged, word);
                    _symbols[word] = replaced;
                }

                _pairWords.Remove(key);
                ApplyDeltas(deltas);
            }

            return merges;
        }

        private int[] ToSymbols(string word, bool startsWord, Dictionary<int, int> characterIds)
        {
            var symbols = new List<int>(word.Length + 1);
            if (startsWord)
            {
                symbols.Add(_layout.MarkerId);
            }

            Span<byte> utf8 = stackalloc byte[4];
            foreach (var rune in word.EnumerateRunes())
            {
                if (characterIds.TryGetValue(rune.Value, out var id))
                {
                    symbols.Add(id);
                    continue;
                }

                var length = rune.EncodeToUtf8(utf8);
                foreach (var value in utf8[..length])
                {
                    symbols.Add(_layout.FirstByteId + value);
                }
            }

            return [.. symbols];
        }

        private bool HasMergeablePair(int[] symbols)
        {
            for (var i = 0; i + 1 < symbols.Length; i++)
            {
                if (_layout.IsMergeable(symbols[i]) && _layout.IsMergeable(symbols[i + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        private void AddWord(int[] symbols, int weight)
        {
            var word = _symbols.Count;
            _symbols.Add(symbols);
            _weights.Add(weight);
            for (var i = 0; i + 1 < symbols.Length; i++)
            {
                if (_layout.IsMergeable(symbols[i]) && _layout.IsMergeable(symbols[i + 1]))
                {
                    var key = MergePair.KeyOf(symbols[i], symbols[i + 1]);
                    CollectionsMarshal.GetValueRefOrAddDefault(_pairCounts, key, out _) += weight;
                    WordsWith(key).Add(word);
                }
            }
        }

        private void CountPairs(int[] symbols, long weight, Dictionary<long, long> deltas)
        {
            for (var i = 0; i + 1 < symbols.Length; i++)
            {
                if (_layout.IsMergeable(symbols[i]) && _layout.IsMergeable(symbols[i + 1]))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(deltas, MergePair.KeyOf(symbols[i], symbols[i + 1]), out _) += weight;
                }
            }
        }

        // Only pairs touching the new token are new to this word; the word is already listed under the others.
        private void ListNewPairs(int[] symbols, int merged, int word)
        {
            for (var i = 0; i + 1 < symbols.Length; i++)
            {
                if ((symbols[i] == merged || symbols[i + 1] == merged)
                    && _layout.IsMergeable(symbols[i]) && _layout.IsMergeable(symbols[i + 1]))
                {
                    WordsWith(MergePair.KeyOf(symbols[i], symbols[i + 1])).Add(word);
                }
            }
        }

        private List<int> WordsWith(long key)
        {
            ref var words = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairWords, key, out _);
            return words ??= [];
        }

        private void ApplyDeltas(Dictionary<long, long> deltas)
        {
            foreach (var (key, delta) in deltas)
            {
                if (delta == 0 || _banned.Contains(key))
                {
                    continue;
                }

                var count = _pairCounts.GetValueOrDefault(key) + delta;
                if (count <= 0)
                {
                    _pairCounts.Remove(key);
                    continue;
                }

                _pairCounts[key] = count;
                _queue.Enqueue(key, (count, key));
            }
        }

        /// <summary>The word with every occurrence of the pair, scanned left to right, joined; null if it has none.</summary>
        private static int[]? Replace(int[] symbols, MergePair pair, int merged)
        {
            List<int>? result = null;
            for (var i = 0; i < symbols.Length; i++)
            {
                if (i + 1 < symbols.Length && symbols[i] == pair.Left && symbols[i + 1] == pair.Right)
                {
                    result ??= [.. symbols.AsSpan(0, i)];
                    result.Add(merged);
                    i++;
                }
                else
                {
                    result?.Add(symbols[i]);
                }
            }

            return result?.ToArray();
        }
    }

    private sealed class MostFrequentFirst : IComparer<(long Count, long Key)>
    {
        public static MostFrequentFirst Instance { get; } = new();

        public int Compare((long Count, long Key) x, (long Count, long Key) y)
        {
            var byCount = y.Count.CompareTo(x.Count);
            return byCount != 0 ? byCount : x.Key.CompareTo(y.Key);
        }
    }
}
