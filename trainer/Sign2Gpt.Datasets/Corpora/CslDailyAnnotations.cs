using System.Collections;
using System.Globalization;
using Razorvine.Pickle;

namespace Sign2Gpt.Datasets.Corpora;

/// <summary>
/// Reads <c>sentence_label/csl2020ct_v2.pkl</c>: a dict whose <c>info</c> is a list of dicts with
/// <c>name</c>, <c>length</c>, <c>label_gloss</c>, <c>label_char</c>, <c>label_word</c>,
/// <c>signer</c>, <c>time</c> (as the CSL-Daily release documents; Sign2GPT's copy also has
/// <c>label_postag</c>). The other top-level keys (<c>gloss_map</c>, <c>char_map</c>,
/// <c>word_map</c>) are vocabularies we do not need.
/// </summary>
/// <remarks>
/// Translation = <c>"".join(label_char)</c>: the characters without separators, which is what
/// Sign2GPT trains on and scores (<c>label_word</c> would give the same text with word-segmentation
/// spaces; the dataset authors call it "just for reference"). Glosses = <c>label_gloss</c> joined
/// by spaces. Required: <c>name</c> (str) and <c>label_char</c> (list of str); <c>label_gloss</c>
/// (list of str) and <c>signer</c> (int or str) are read when present and must then have those
/// types. Keys we do not read are not checked, so a release with extra keys still loads.
/// </remarks>
internal static class CslDailyAnnotations
{
    public static IReadOnlyList<CslDailyRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CSL-Daily annotations not found: {path}", path);
        }

        var root = Unpickle(path);
        if (root is not IDictionary top)
        {
            throw new CorpusFormatException(path, null, $"expected a pickled dict with key 'info' but found {Describe(root)}");
        }

        if (!top.Contains("info"))
        {
            throw new CorpusFormatException(path, null, $"the pickled dict has no 'info' key (keys: {string.Join(", ", top.Keys.Cast<object>())})");
        }

        if (top["info"] is not IList info)
        {
            throw new CorpusFormatException(path, null, $"'info' should be a list of dicts but is {Describe(top["info"])}");
        }

        var records = new List<CslDailyRecord>(info.Count);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < info.Count; i++)
        {
            var record = ReadRecord(path, i, info[i]);
            if (!indexOf.TryAdd(record.Name, i))
            {
                throw new CorpusFormatException(path, null, $"info[{i}]: sample '{record.Name}' already appears as info[{indexOf[record.Name]}]");
            }

            records.Add(record);
        }

        return records;
    }

    private static object? Unpickle(string path)
    {
        // Read first so that I/O errors surface as themselves, not as a bad pickle.
        var bytes = File.ReadAllBytes(path);
        try
        {
            using var unpickler = new Unpickler();
            return unpickler.loads(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged pickle makes the unpickler throw almost anything (invalid opcode, format,
            // index, cast, end of stream...); all of them mean the same thing here.
            throw new CorpusFormatException(path, null, $"not a readable Python pickle ({e.GetType().Name}: {e.Message})");
        }
    }

    private static CslDailyRecord ReadRecord(string path, int index, object? item)
    {
        if (item is not IDictionary fields)
        {
            throw new CorpusFormatException(path, null, $"info[{index}] should be a dict but is {Describe(item)}");
        }

        if (fields["name"] is not string name || !SampleNames.IsValid(name))
        {
            throw new CorpusFormatException(path, null, $"info[{index}] needs 'name', a usable sample name, but has {Describe(fields["name"])}");
        }

        var where = $"info[{index}] ('{name}')";
        var characters = StringList(path, where, "label_char", fields["label_char"])
            ?? throw new CorpusFormatException(path, null, $"{where} has no 'label_char'");
        var translation = string.Concat(characters);
        if (translation.Length == 0)
        {
            throw new CorpusFormatException(path, null, $"{where} has an empty 'label_char'");
        }

        var glosses = StringList(path, where, "label_gloss", fields["label_gloss"]);
        return new CslDailyRecord(name, translation, glosses is null ? null : string.Join(' ', glosses), Signer(path, where, fields["signer"]));
    }

    private static List<string>? StringList(string path, string where, string key, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not IList list || value is string)
        {
            throw new CorpusFormatException(path, null, $"{where}: '{key}' should be a list of str but is {Describe(value)}");
        }

        var strings = new List<string>(list.Count);
        foreach (var element in list)
        {
            strings.Add(element as string
                ?? throw new CorpusFormatException(path, null, $"{where}: '{key}' should hold only str but holds {Describe(element)}"));
        }

        return strings;
    }

    private static string? Signer(string path, string where, object? value) => value switch
    {
        null => null,
        int id => id.ToString(CultureInfo.InvariantCulture),
        long id => id.ToString(CultureInfo.InvariantCulture),
        string id => id,
        _ => throw new CorpusFormatException(path, null, $"{where}: 'signer' should be an int but is {Describe(value)}"),
    };

    private static string Describe(object? value) => value switch
    {
        null => "None (missing)",
        string text => $"str '{text}'",
        _ => value.GetType().Name,
    };
}
