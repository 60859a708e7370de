namespace Sign2Gpt.Text.PseudoGlosses;

/// <summary>Reads the lexicon tables embedded in this assembly (see Resources/README.md for their sources).</summary>
internal static class LexiconResources
{
    /// <summary>The table's data lines: blank lines and '#' comments skipped, cells split on tabs.</summary>
    public static IEnumerable<string[]> ReadTable(string fileName)
    {
        var name = $"Sign2Gpt.Text.PseudoGlosses.Resources.{fileName}";
        using var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return line.Split('\t');
        }
    }
}
