using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// The platform's byte-pair-encoding tokenizer, one for all target languages so per-language adapters share one
/// base LM. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>Text is normalised to NFC (lone surrogates become U+FFFD) and split on whitespace; the first piece of
/// every word carries the word-start marker "▁", which decodes to a space. Characters outside the learned
/// alphabet are spelled as UTF-8 byte tokens (&lt;0xNN&gt;), so nothing is unknown and
/// <c>Decode(Encode(s)) == NormalizeText(s)</c> for every string: NFC, every whitespace run (Unicode White_Space,
/// including tabs, newlines and no-break spaces) replaced by one U+0020, no leading or trailing whitespace.</para>
/// <para>Ids: &lt;pad&gt;=0, &lt;bos&gt;=1, &lt;eos&gt;=2, &lt;unk&gt;=3 (never produced), one tag per language,
/// 256 byte tokens, the alphabet, then merged pieces in merge order.</para>
/// </remarks>
public sealed class BpeTokenizer
{
    private const int StackLimit = 256;

    private readonly BpeModel _model;
    private readonly VocabularyLayout _layout;
    private readonly string[] _pieces;
    private readonly FrozenDictionary<string, int> _pieceIds;
    private readonly FrozenDictionary<string, int> _languageIds;
    private readonly FrozenDictionary<int, int> _characterIds;

    // Pair key to merged id; merged ids grow with merge order, so the smallest id is the earliest merge.
    private readonly FrozenDictionary<long, int> _merges;

    // What each id decodes to, as UTF-8 in one flat array: the marker becomes a space, specials are empty.
    private readonly byte[] _decodeBytes;
    private readonly int[] _decodeOffsets;
    private readonly Lazy<string> _contentHash;

    private BpeTokenizer(BpeModel model)
    {
        _model = model;
        _layout = model.Layout;
        _pieces = model.BuildPieces();
        _pieceIds = _pieces.Select((piece, id) => (piece, id)).ToFrozenDictionary(p => p.piece, p => p.id, StringComparer.Ordinal);
        _languageIds = model.Languages
            .Select((language, i) => (language, id: VocabularyLayout.FirstLanguageId + i))
            .ToFrozenDictionary(p => p.language, p => p.id, StringComparer.Ordinal);
        _characterIds = model.Alphabet
            .Select((codePoint, i) => (codePoint, id: _layout.MarkerId + 1 + i))
            .ToFrozenDictionary(p => p.codePoint, p => p.id);
        _merges = model.Merges
            .Select((merge, i) => (key: MergePair.KeyOf(merge.Left, merge.Right), id: _layout.FirstMergeId + i))
            .ToFrozenDictionary(p => p.key, p => p.id);
        (_decodeBytes, _decodeOffsets) = BuildDecodeTable();
        _contentHash = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson()))));
    }

    /// <summary>Number of ids; every id in [0, VocabularySize) has a piece.</summary>
    public int VocabularySize => _pieces.Length;

    /// <summary>The language codes with a tag token, in id order.</summary>
    public IReadOnlyList<string> Languages => _model.Languages;

    /// <summary>Lower-case hex SHA-256 of <see cref="ToJson"/>; model bundles record it to pin their tokenizer.</summary>
    public string ContentHash => _contentHash.Value;

    public static BpeTokenizer Train(IEnumerable<string> sentences, BpeTrainingOptions options) =>
        new(BpeTrainer.Train(sentences, options));

    /// <exception cref="TokenizerFormatException">The file is not a valid tokenizer; the message says why.</exception>
    public static BpeTokenizer Load(string path) =>
        new(TokenizerJson.Read(File.ReadAllText(path, Encoding.UTF8), path));

    /// <exception cref="TokenizerFormatException">The text is not a valid tokenizer; the message says why.</exception>
    public static BpeTokenizer FromJson(string json) => new(TokenizerJson.Read(json, "tokenizer JSON"));

    /// <summary>The canonical file content (what <see cref="Save"/> writes and <see cref="ContentHash"/> hashes).</summary>
    public string ToJson() => TokenizerJson.Write(_model, _pieces);

    /// <summary>Writes the file atomically, so a crash never leaves a half-written tokenizer behind.</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, ToJson(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>The form of <paramref name="text"/> that survives encoding and decoding (see the class remarks).</summary>
    public static string NormalizeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalization.Nfc(text);
        var result = new StringBuilder(normalized.Length);
        foreach (var token in PreTokenizer.Split(normalized))
        {
            if (token.StartsWord && result.Length > 0)
            {
                result.Append(' ');
            }

            result.Append(normalized.AsSpan(token.Start, token.Length));
        }

        return result.Equals(normalized.AsSpan()) ? normalized : result.ToString();
    }

    /// <summary>The tag token that tells the decoder which language to produce.</summary>
    /// <exception cref="ArgumentException">The tokenizer has no tag for this language.</exception>
    public int LanguageTag(string language) =>
        TryGetLanguageTag(language, out var id)
            ? id
            : throw new ArgumentException(
                $"The tokenizer has no language tag for '{language}'; it knows: {string.Join(", ", Languages)}.",
                nameof(language));

    public bool TryGetLanguageTag(string language, out int id) => _languageIds.TryGetValue(language, out id);

    /// <summary>True for &lt;pad&gt;, &lt;bos&gt;, &lt;eos&gt;, &lt;unk&gt; and language tags.</summary>
    public bool IsSpecial(int id) => id >= 0 && id < _layout.FirstByteId;

    /// <summary>The piece an id stands for: "▁süd", "en", "&lt;0xE4&gt;", "&lt;eos&gt;".</summary>
    public string Piece(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, _pieces.Length);
        return _pieces[id];
    }

    /// <summary>Pieces are unique, so at most one id matches.</summary>
    public bool TryGetId(string piece, out int id) => _pieceIds.TryGetValue(piece, out id);

    /// <summary>Ids for <paramref name="text"/>, without any special token.</summary>
    public int[] Encode(string text)
    {
        var ids = new List<int>(text.Length / 2);
        Encode(text, ids);
        return [.. ids];
    }

    /// <summary>Appends the ids for <paramref name="text"/> to <paramref name="destination"/> (reusable across calls).</summary>
    public void Encode(string text, List<int> destination)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(destination);
        var normalized = TextNormalization.Nfc(text);
        foreach (var token in PreTokenizer.Split(normalized))
        {
            EncodePreToken(normalized.AsSpan(token.Start, token.Length), token.StartsWord, destination);
        }
    }

    /// <summary>A decoder target: the language tag, the text's ids, then &lt;eos&gt;.</summary>
    public int[] EncodeTarget(string text, string language)
    {
        var ids = new List<int>(text.Length / 2) { LanguageTag(language) };
        Encode(text, ids);
        ids.Add(SpecialTokens.EosId);
        return [.. ids];
    }

    /// <summary>
    /// Text for a sequence of ids. Special tokens are skipped (a caller that wants to stop at &lt;eos&gt; cuts the
    /// sequence first); byte tokens that do not form valid UTF-8 decode to U+FFFD; one leading space is dropped.
    /// </summary>
    public string Decode(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids switch
        {
            int[] array => Decode(array.AsSpan()),
            List<int> list => Decode(CollectionsMarshal.AsSpan(list)),
            _ => Decode(ids.ToArray().AsSpan()),
        };
    }

    /// <inheritdoc cref="Decode(IEnumerable{int})"/>
    public string Decode(ReadOnlySpan<int> ids)
    {
        var length = 0;
        foreach (var id in ids)
        {
            if ((uint)id >= (uint)_pieces.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(ids), id, $"Token ids must be in [0, {_pieces.Length}).");
            }

            length += _decodeOffsets[id + 1] - _decodeOffsets[id];
        }

        if (length == 0)
        {
            return string.Empty;
        }

        byte[]? rented = null;
        Span<byte> buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = 0;
        foreach (var id in ids)
        {
            var start = _decodeOffsets[id];
            var bytes = _decodeBytes.AsSpan(start, _decodeOffsets[id + 1] - start);
            bytes.CopyTo(buffer[written..]);
            written += bytes.Length;
        }

        var skip = buffer[0] == (byte)' ' ? 1 : 0;
        var text = Encoding.UTF8.GetString(buffer[skip..written]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return text;
    }

    private void EncodePreToken(ReadOnlySpan<char> text, bool startsWord, List<int> destination)
    {
        // At most one symbol per UTF-8 byte (three per UTF-16 unit) plus the marker.
        var capacity = (text.Length * 3) + 1;
        int[]? rented = null;
        Span<int> symbols = capacity <= StackLimit ? stackalloc int[StackLimit] : (rented = ArrayPool<int>.Shared.Rent(capacity));
        var count = 0;
        if (startsWord)
        {
            symbols[count++] = _layout.MarkerId;
        }

        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (_characterIds.TryGetValue(rune.Value, out var id))
            {
                symbols[count++] = id;
                continue;
            }

            foreach (var value in utf8[..rune.EncodeToUtf8(utf8)])
            {
                symbols[count++] = _layout.FirstByteId + value;
            }
        }

        count = ApplyMerges(symbols[..count]);
        destination.AddRange(symbols[..count]);
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    // Repeatedly joins the adjacent pair learned earliest (leftmost on ties), which reproduces the segmentation
    // training arrived at. Pre-tokens are short, so the quadratic scan beats a heap.
    private int ApplyMerges(Span<int> symbols)
    {
        var count = symbols.Length;
        while (count > 1)
        {
            var best = int.MaxValue;
            var at = -1;
            for (var i = 0; i + 1 < count; i++)
            {
                if (_merges.TryGetValue(MergePair.KeyOf(symbols[i], symbols[i + 1]), out var merged) && merged < best)
                {
                    best = merged;
                    at = i;
                }
            }

            if (at < 0)
            {
                break;
            }

            symbols[at] = best;
            symbols[(at + 2)..count].CopyTo(symbols[(at + 1)..]);
            count--;
        }

        return count;
    }

    private (byte[] Bytes, int[] Offsets) BuildDecodeTable()
    {
        var bytes = new List<byte>(_pieces.Length * 4);
        var offsets = new int[_pieces.Length + 1];
        for (var id = 0; id < _pieces.Length; id++)
        {
            offsets[id] = bytes.Count;
            if (id >= _layout.MarkerId)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(_pieces[id].Replace(VocabularyLayout.WordStartMarker, ' ')));
            }
            else if (id >= _layout.FirstByteId)
            {
                bytes.Add((byte)(id - _layout.FirstByteId));
            }
        }

        offsets[^1] = bytes.Count;
        return ([.. bytes], offsets);
    }
}
