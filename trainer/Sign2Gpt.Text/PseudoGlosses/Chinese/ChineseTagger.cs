using System.Globalization;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace Sign2Gpt.Text.PseudoGlosses.Chinese;

/// <summary>
/// Chinese word segmentation and tagging with jieba.NET, post-processed towards Penn Chinese Treebank
/// words: a numeral or demonstrative fused with its classifier (三点, 这个, 每天) is split in two, and Han words
/// that jieba tags <c>x</c> (unknown) get the tag its own dictionary lists for them.
/// </summary>
public sealed class ChineseTagger : IPartOfSpeechTagger
{
    private const string Numerals = "零〇一二两三四五六七八九十百千万几半";
    private const string Demonstratives = "这那每哪各某该此";
    private const string Classifiers = "个位只本张件条次天点岁块元分杯碗辆家口双台层份种年月号周";

    private static readonly Lazy<ChineseTagger> Instance = new(() => new ChineseTagger());

    private readonly PosSegmenter _segmenter;
    private readonly Dictionary<string, string> _dictionaryTags;
    private readonly Lock _gate = new();

    private ChineseTagger()
    {
        var dictionary = ConfigManager.MainDictFile;
        if (!File.Exists(dictionary))
        {
            throw new FileNotFoundException(
                $"jieba.NET dictionary not found at '{Path.GetFullPath(dictionary)}'; its Resources folder must be copied beside the application.",
                dictionary);
        }
        _segmenter = new PosSegmenter();
        _dictionaryTags = File.ReadLines(dictionary)
            .Select(line => line.Split(' '))
            .Where(cells => cells.Length >= 3)
            .GroupBy(cells => cells[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[2], StringComparer.Ordinal);
    }

    /// <summary>One tagger per process: jieba loads a 5 MB dictionary and is used under a lock.</summary>
    public static ChineseTagger Shared => Instance.Value;

    public IReadOnlyList<TaggedToken> Tag(string sentence)
    {
        List<Pair> pairs;
        lock (_gate)
        {
            pairs = [.. _segmenter.Cut(sentence.Trim(), hmm: true)];
        }
        var tokens = new List<TaggedToken>();
        foreach (var pair in pairs.Where(p => !string.IsNullOrWhiteSpace(p.Word)))
        {
            var word = pair.Word.Trim();
            var tag = pair.Flag == "x" && word.Any(IsHan) ? _dictionaryTags.GetValueOrDefault(word, "n") : pair.Flag;
            foreach (var token in SplitClassifier(word, tag))
            {
                tokens.Add(token);
            }
        }
        return tokens;
    }

    private static IEnumerable<TaggedToken> SplitClassifier(string word, string tag)
    {
        if (word.Length >= 2 && Classifiers.Contains(word[^1], StringComparison.Ordinal))
        {
            var head = word[..^1];
            var classifier = word[^1..];
            if (head.All(c => Numerals.Contains(c, StringComparison.Ordinal)))
            {
                yield return new TaggedToken(head, PartOfSpeech.Num, head);
                yield return new TaggedToken(classifier, PartOfSpeech.Num, classifier);
                yield break;
            }
            if (head.Length == 1 && Demonstratives.Contains(head, StringComparison.Ordinal))
            {
                yield return new TaggedToken(head, PartOfSpeech.Det, head);
                yield return new TaggedToken(classifier, PartOfSpeech.Num, classifier);
                yield break;
            }
        }
        var pos = word.All(c => char.IsPunctuation(c) || char.IsSymbol(c)) ? PartOfSpeech.Punct : JiebaTagMap.ToUniversal(tag, word);
        yield return new TaggedToken(word, pos, word);
    }

    private static bool IsHan(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u2E80';
}
