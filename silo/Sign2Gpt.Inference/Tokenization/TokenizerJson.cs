using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// The tokenizer file. Writing produces one canonical text (fixed key order and layout, "\n" line ends, only
/// quote, backslash and control characters escaped) so that its SHA-256 identifies the tokenizer regardless of
/// machine or .NET version. Reading accepts any JSON layout and checks every piece against the model it
/// describes, so a hand-edited or truncated file fails loudly instead of producing shifted ids.
/// </summary>
internal static class TokenizerJson
{
    public const string Format = "sign2gpt-bpe";
    public const int Version = 1;
    private const string Normalization = "NFC";

    private static readonly (string Name, int Id)[] Specials =
    [
        ("pad", SpecialTokens.PadId),
        ("bos", SpecialTokens.BosId),
        ("eos", SpecialTokens.EosId),
        ("unk", SpecialTokens.UnkId),
    ];

    public static string Write(BpeModel model, IReadOnlyList<string> pieces)
    {
        var json = new StringBuilder(pieces.Count * 16);
        json.Append("{\n");
        json.Append("  \"format\": ").AppendString(Format).Append(",\n");
        json.Append("  \"version\": ").Append(Version.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        json.Append("  \"normalization\": ").AppendString(Normalization).Append(",\n");
        json.Append("  \"specials\": {");
        json.AppendJoin(", ", Specials.Select(s => $"\"{s.Name}\": {s.Id.ToString(CultureInfo.InvariantCulture)}"));
        json.Append("},\n");
        json.Append("  \"languages\": [");
        for (var i = 0; i < model.Languages.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ", ").AppendString(model.Languages[i]);
        }

        json.Append("],\n");
        json.Append("  \"vocabulary\": [");
        for (var i = 0; i < pieces.Count; i++)
        {
            json.Append(i == 0 ? "\n    " : ",\n    ").AppendString(pieces[i]);
        }

        json.Append("\n  ],\n");
        json.Append("  \"merges\": [");
        for (var i = 0; i < model.Merges.Count; i++)
        {
            var merge = model.Merges[i];
            json.Append(i == 0 ? "\n    [" : ",\n    [")
                .Append(merge.Left.ToString(CultureInfo.InvariantCulture))
                .Append(", ")
                .Append(merge.Right.ToString(CultureInfo.InvariantCulture))
                .Append(']');
        }

        json.Append(model.Merges.Count == 0 ? "]\n" : "\n  ]\n");
        json.Append("}\n");
        return json.ToString();
    }

    /// <summary>Parses and validates; <paramref name="source"/> names the file in error messages.</summary>
    public static BpeModel Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new TokenizerFormatException($"{source}: not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            try
            {
                return new Reader(source).Read(document.RootElement);
            }
            catch (InvalidOperationException e)
            {
                // JsonElement.GetString throws this for escaped lone surrogates, which no piece can contain.
                throw new TokenizerFormatException($"{source}: a string is not valid Unicode ({e.Message})", e);
            }
        }
    }

    private static StringBuilder AppendString(this StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => json.Append(c),
            };
        }

        return json.Append('"');
    }

    private sealed class Reader(string source)
    {
        public BpeModel Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error("the top level must be a JSON object");
            }

            var format = RequiredString(root, "format");
            if (format != Format)
            {
                throw Error($"format is '{format}', expected '{Format}'");
            }

            var version = RequiredInt(Required(root, "version"), "version");
            if (version != Version)
            {
                throw Error($"version {version} is not supported (this build reads version {Version})");
            }

            var normalization = RequiredString(root, "normalization");
            if (normalization != Normalization)
            {
                throw Error($"normalization is '{normalization}', expected '{Normalization}'");
            }

            ReadSpecials(Required(root, "specials"));
            var languages = StringArray(root, "languages");
            if (LanguageTags.Problem(languages) is { } problem)
            {
                throw Error($"languages: {problem}");
            }

            var vocabulary = StringArray(root, "vocabulary");
            var merges = ReadMerges(Required(root, "merges"));
            var alphabet = ReadAlphabet(vocabulary, languages.Length, merges.Count);
            var model = new BpeModel(languages, alphabet, merges);
            CheckMerges(model);
            CheckPieces(vocabulary, model.BuildPieces());
            return model;
        }

        private void ReadSpecials(JsonElement specials)
        {
            if (specials.ValueKind != JsonValueKind.Object)
            {
                throw Error("'specials' must be an object");
            }

            foreach (var (name, id) in Specials)
            {
                var found = RequiredInt(Required(specials, name), $"specials.{name}");
                if (found != id)
                {
                    throw Error($"specials.{name} is {found}, but that token has the fixed id {id}");
                }
            }
        }

        private List<MergePair> ReadMerges(JsonElement merges)
        {
            if (merges.ValueKind != JsonValueKind.Array)
            {
                throw Error("'merges' must be an array of [left, right] id pairs");
            }

            var result = new List<MergePair>(merges.GetArrayLength());
            foreach (var merge in merges.EnumerateArray())
            {
                var where = $"merges[{result.Count}]";
                if (merge.ValueKind != JsonValueKind.Array || merge.GetArrayLength() != 2)
                {
                    throw Error($"{where} must be a [left, right] id pair");
                }

                result.Add(new MergePair(RequiredInt(merge[0], where), RequiredInt(merge[1], where)));
            }

            return result;
        }

        private int[] ReadAlphabet(string[] vocabulary, int languageCount, int mergeCount)
        {
            var layout = new VocabularyLayout(languageCount, 1);
            var alphabetEnd = vocabulary.Length - mergeCount;
            if (alphabetEnd < layout.FirstMergeId)
            {
                throw Error(
                    $"'vocabulary' has {vocabulary.Length} entries, fewer than the {layout.FirstMergeId} specials, language tags, " +
                    $"byte tokens and word-start marker plus one per merge ({mergeCount})");
            }

            var alphabet = new int[alphabetEnd - layout.FirstMergeId];
            for (var i = 0; i < alphabet.Length; i++)
            {
                var id = layout.FirstMergeId + i;
                var piece = vocabulary[id];
                if (Rune.DecodeFromUtf16(piece, out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                    || consumed != piece.Length
                    || !VocabularyLayout.CanBeAlphabetCharacter(rune))
                {
                    throw Error($"vocabulary[{id}] '{piece}' should be a single alphabet character (merged pieces need a merge)");
                }

                alphabet[i] = rune.Value;
            }

            return alphabet;
        }

        private void CheckMerges(BpeModel model)
        {
            var layout = model.Layout;
            for (var i = 0; i < model.Merges.Count; i++)
            {
                var id = layout.FirstMergeId + i;
                var (left, right) = model.Merges[i];
                if (!layout.IsMergeable(left) || !layout.IsMergeable(right) || left >= id || right >= id)
                {
                    throw Error(
                        $"merges[{i}] [{left}, {right}] must join alphabet or earlier merged tokens " +
                        $"(ids {layout.MarkerId} to {id - 1})");
                }
            }
        }

        private void CheckPieces(string[] vocabulary, string[] expected)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var id = 0; id < expected.Length; id++)
            {
                if (vocabulary[id] != expected[id])
                {
                    throw Error($"vocabulary[{id}] is '{vocabulary[id]}' but the layout and merges make it '{expected[id]}'");
                }

                if (!seen.TryAdd(expected[id], id))
                {
                    throw Error($"vocabulary[{id}] '{expected[id]}' repeats vocabulary[{seen[expected[id]]}]");
                }
            }
        }

        private JsonElement Required(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var value) ? value : throw Error($"property '{name}' is missing");

        private string RequiredString(JsonElement parent, string name)
        {
            var value = Required(parent, name);
            return value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw Error($"'{name}' must be a string");
        }

        private int RequiredInt(JsonElement value, string where) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
                ? number
                : throw Error($"{where} must be an integer");

        private string[] StringArray(JsonElement parent, string name)
        {
            var value = Required(parent, name);
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                throw Error($"'{name}' must be an array of strings");
            }

            return [.. value.EnumerateArray().Select(e => e.GetString()!)];
        }

        private TokenizerFormatException Error(string problem) => new($"{source}: {problem}");
    }
}
