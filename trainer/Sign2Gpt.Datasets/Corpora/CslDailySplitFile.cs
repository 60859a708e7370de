namespace Sign2Gpt.Datasets.Corpora;

/// <summary>
/// Reads <c>sentence_label/split_1.txt</c>: a <c>name|split</c> header, then one
/// <c>&lt;name&gt;|train</c>, <c>|dev</c> or <c>|test</c> line per video.
/// </summary>
internal static class CslDailySplitFile
{
    public const string Header = "name|split";

    public static IReadOnlyDictionary<string, CorpusSplit> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CSL-Daily split file not found: {path}", path);
        }

        var splits = new Dictionary<string, CorpusSplit>(StringComparer.Ordinal);
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (lineNumber, fields) in PipeSeparatedRows.Read(path, Header, 2))
        {
            var name = fields[0].Trim();
            if (!SampleNames.IsValid(name))
            {
                throw new CorpusFormatException(path, lineNumber, $"'{fields[0]}' is not a usable sample name");
            }

            if (!CorpusSplitNames.TryParse(fields[1].Trim(), out var split))
            {
                throw new CorpusFormatException(path, lineNumber, $"split '{fields[1]}' is none of train, dev, test");
            }

            if (!firstLineOf.TryAdd(name, lineNumber))
            {
                throw new CorpusFormatException(path, lineNumber, $"sample '{name}' already appears on line {firstLineOf[name]}");
            }

            splits[name] = split;
        }


        return splits;
    }
}
