namespace Sign2Gpt.Datasets.Corpora;

/// <summary>How both layouts spell splits on disk: "train", "dev", "test".</summary>
public static class CorpusSplitNames
{
    public static string ToFolderName(this CorpusSplit split) => split switch
    {
        CorpusSplit.Train => "train",
        CorpusSplit.Dev => "dev",
        CorpusSplit.Test => "test",
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown split."),
    };

    public static bool TryParse(string text, out CorpusSplit split)
    {
        foreach (var candidate in Enum.GetValues<CorpusSplit>())
        {
            if (string.Equals(candidate.ToFolderName(), text, StringComparison.Ordinal))
            {
                split = candidate;
                return true;
            }
        }

        split = default;
        return false;
    }
}
