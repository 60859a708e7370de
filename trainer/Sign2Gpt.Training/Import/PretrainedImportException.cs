namespace Sign2Gpt.Training.Import;

/// <summary>A checkpoint that does not fit the model. Lists every problem at once; nothing was imported.</summary>
public sealed class PretrainedImportException : Exception
{
    public PretrainedImportException(string checkpoint, string path, IReadOnlyList<string> problems)
        : base($"The {checkpoint} checkpoint '{path}' does not fit the model ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}); nothing was imported:"
            + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}")))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
