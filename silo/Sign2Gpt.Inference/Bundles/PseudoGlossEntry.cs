namespace Sign2Gpt.Inference.Bundles;

/// <summary>
/// One pseudo-gloss of a bundle and the spoken languages whose training sentences it comes from: the
/// inventory is joined over languages, and a timeline shows only the glosses of the requested language.
/// </summary>
public sealed record PseudoGlossEntry(string Gloss, IReadOnlyList<string> Languages)
{
    /// <summary>Reads a line of the bundle's glosses.txt: the gloss, a tab, its languages separated by spaces.</summary>
    /// <exception cref="BundleFormatException">The line has no gloss or no language.</exception>
    public static PseudoGlossEntry Parse(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        var languages = fields.Length == 2 ? fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return fields[0].Length > 0 && languages.Length > 0
            ? new PseudoGlossEntry(fields[0], languages)
            : throw new BundleFormatException($"glosses.txt line {lineNumber}: expected 'gloss<TAB>languages', got '{line}'.");
    }

    public string Format() => $"{Gloss}\t{string.Join(' ', Languages)}";
}
