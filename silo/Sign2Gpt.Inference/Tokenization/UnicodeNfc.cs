using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// Unicode Normalization Form C from built-in tables. The platform builds with invariant globalization, where
/// <see cref="string.Normalize()"/> leaves non-ASCII text untouched, and ICU versions differ between machines;
/// the tokenizer must normalise identically in the trainer and in every silo or ids would drift.
/// </summary>
internal static class UnicodeNfc
{
    private const int HangulSBase = 0xAC00;
    private const int HangulLBase = 0x1100;
    private const int HangulVBase = 0x1161;
    private const int HangulTBase = 0x11A7;
    private const int HangulLCount = 19;
    private const int HangulVCount = 21;
    private const int HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount;
    private const int HangulSCount = HangulLCount * HangulNCount;

    private static readonly Tables Data = Tables.Build();

    /// <summary>Returns the NFC form; the same instance when it is already NFC. Lone surrogates become U+FFFD.</summary>
    public static string Normalize(string text)
    {
        return IsQuickNormalized(text) ? text : NormalizeSlow(text);
    }

    // Text made only of characters that neither combine nor decompose is NFC as it stands: the common case for
    // German, English and Chinese, which therefore costs one scan and no allocation.
    private static bool IsQuickNormalized(string text)
    {
        var span = text.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (span[i] < UnicodeNfcData.FirstUnstableCodePoint)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(span[i..], out var rune, out var consumed) != OperationStatus.Done
                || Data.Unstable.Contains(rune.Value)
                || IsHangulVowel(rune.Value)
                || IsHangulTrailing(rune.Value))
            {
                return false;
            }

            i += consumed;
        }

        return true;
    }

    private static string NormalizeSlow(string text)
    {
        var codePoints = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, codePoints);
        }

        OrderCombiningMarks(codePoints);
        var length = Compose(codePoints);

        var builder = new StringBuilder(length + 8);
        Span<char> utf16 = stackalloc char[2];
        for (var i = 0; i < length; i++)
        {
            var written = new Rune(codePoints[i]).EncodeToUtf16(utf16);
            builder.Append(utf16[..written]);
        }

        return builder.ToString();
    }

    private static void Decompose(int codePoint, List<int> output)
    {
        var syllable = codePoint - HangulSBase;
        if (syllable is >= 0 and < HangulSCount)
        {
            output.Add(HangulLBase + (syllable / HangulNCount));
            output.Add(HangulVBase + (syllable % HangulNCount / HangulTCount));
            if (syllable % HangulTCount != 0)
            {
                output.Add(HangulTBase + (syllable % HangulTCount));
            }

            return;
        }

        if (Data.Decompositions.TryGetValue(codePoint, out var mapping))
        {
            Decompose(mapping.First, output);
            if (mapping.Second != 0)
            {
                Decompose(mapping.Second, output);
            }

            return;
        }

        output.Add(codePoint);
    }

    // Canonical ordering: a stable sort of every run of combining marks by combining class.
    private static void OrderCombiningMarks(List<int> codePoints)
    {
        for (var i = 1; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var currentClass = CombiningClass(current);
            if (currentClass == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(codePoints[j - 1]) > currentClass)
            {
                codePoints[j] = codePoints[j - 1];
                j--;
            }

            codePoints[j] = current;
        }
    }

    // Canonical composition in place; returns the composed length. A mark composes with the last starter unless
    // a mark of the same or higher class sits between them (it is "blocked").
    private static int Compose(List<int> codePoints)
    {
        if (codePoints.Count == 0)
        {
            return 0;
        }

        var starterIndex = 0;
        var starter = codePoints[0];
        var lastClass = CombiningClass(starter) == 0 ? 0 : int.MaxValue;
        var written = 1;
        for (var i = 1; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var currentClass = CombiningClass(current);
            if ((lastClass < currentClass || lastClass == 0) && TryCompose(starter, current, out var composite))
            {
                codePoints[starterIndex] = composite;
                starter = composite;
                continue;
            }

            if (currentClass == 0)
            {
                starterIndex = written;
                starter = current;
            }

            lastClass = currentClass;
            codePoints[written++] = current;
        }

        return written;
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first - HangulLBase is >= 0 and < HangulLCount && IsHangulVowel(second))
        {
            composite = HangulSBase + ((((first - HangulLBase) * HangulVCount) + (second - HangulVBase)) * HangulTCount);
            return true;
        }

        var syllable = first - HangulSBase;
        if (syllable is >= 0 and < HangulSCount && syllable % HangulTCount == 0 && IsHangulTrailing(second))
        {
            composite = first + (second - HangulTBase);
            return true;
        }

        return Data.Compositions.TryGetValue(PairKey(first, second), out composite);
    }

    private static bool IsHangulVowel(int codePoint) => codePoint - HangulVBase is >= 0 and < HangulVCount;

    private static bool IsHangulTrailing(int codePoint) => codePoint - HangulTBase is > 0 and < HangulTCount;

    private static int CombiningClass(int codePoint)
    {
        if (codePoint < UnicodeNfcData.FirstUnstableCodePoint)
        {
            return 0;
        }

        var ranges = UnicodeNfcData.CombiningClassRanges;
        int low = 0, high = (ranges.Length / 3) - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (codePoint < ranges[middle * 3])
            {
                high = middle - 1;
            }
            else if (codePoint > ranges[(middle * 3) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return ranges[(middle * 3) + 2];
            }
        }

        return 0;
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    private sealed record Tables(
        FrozenDictionary<int, (int First, int Second)> Decompositions,
        FrozenDictionary<long, int> Compositions,
        FrozenSet<int> Unstable)
    {
        public static Tables Build()
        {
            var decompositions = new Dictionary<int, (int First, int Second)>();
            var compositions = new Dictionary<long, int>();
            var unstable = new HashSet<int>();
            var excluded = new HashSet<int>();
            foreach (var codePoint in UnicodeNfcData.CompositionExclusions)
            {
                excluded.Add(codePoint);
            }

            var table = UnicodeNfcData.Decompositions;
            for (var i = 0; i < table.Length; i += 3)
            {
                int codePoint = table[i], first = table[i + 1], second = table[i + 2];
                decompositions[codePoint] = (first, second);
                if (second != 0 && !excluded.Contains(codePoint))
                {
                    compositions[PairKey(first, second)] = codePoint;
                    unstable.Add(second);
                }
                else
                {
                    // Singletons and excluded characters never survive NFC, so text holding them needs the full pass.
                    unstable.Add(codePoint);
                }
            }

            var ranges = UnicodeNfcData.CombiningClassRanges;
            for (var i = 0; i < ranges.Length; i += 3)
            {
                for (var codePoint = ranges[i]; codePoint <= ranges[i + 1]; codePoint++)
                {
                    unstable.Add(codePoint);
                }
            }

            return new Tables(decompositions.ToFrozenDictionary(), compositions.ToFrozenDictionary(), unstable.ToFrozenSet());
        }
    }
}
