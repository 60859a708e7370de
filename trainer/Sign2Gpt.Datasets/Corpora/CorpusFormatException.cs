namespace Sign2Gpt.Datasets.Corpora;

/// <summary>A corpus file or folder is not what its layout requires; says which file and, for text files, which line.</summary>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException(string path, int? lineNumber, string problem)
        : base(lineNumber is { } line ? $"{path}:{line}: {problem}" : $"{path}: {problem}")
    {
        Path = path;
        LineNumber = lineNumber;
    }

    /// <summary>The offending file or folder.</summary>
    public string Path { get; }

    /// <summary>1-based line in <see cref="Path"/>, for text files.</summary>
    public int? LineNumber { get; }
}
