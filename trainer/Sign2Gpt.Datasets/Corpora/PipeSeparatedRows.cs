namespace Sign2Gpt.Datasets.Corpora;

/// <summary>
/// The '|'-separated annotation files both layouts use: a fixed header line, blank lines skipped, every
/// row with a fixed number of fields. Errors name the file and line.
/// </summary>
internal static class PipeSeparatedRows
{
    public static IEnumerable<(int LineNumber, string[] Fields)> Read(string path, string header, int fieldCount)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                if (!string.Equals(line.Trim(), header, StringComparison.Ordinal))
                {
                    throw new CorpusFormatException(path, 1, $"expected the header '{header}' but found '{line}'");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('|');
            if (fields.Length != fieldCount)
            {
                throw new CorpusFormatException(path, lineNumber, $"expected {fieldCount} '|'-separated fields ({header}) but found {fields.Length}");
            }

            yield return (lineNumber, fields);
        }

        if (lineNumber == 0)
        {
            throw new CorpusFormatException(path, null, $"empty file; expected the header '{header}'");
        }
    }
}
