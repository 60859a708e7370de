namespace Sign2Gpt.Datasets.Corpora;

/// <summary>Lists a sample's frame images in playback order.</summary>
internal static class FrameFiles
{
    private static readonly EnumerationOptions TopLevelAnyCase = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
    };

    /// <param name="pattern">Frame files to take, e.g. "*.png"; anything else in the folder (a SynthSign .mp4) is ignored.</param>
    public static string[] List(string directory, string pattern, string sampleName)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Frame folder of sample '{sampleName}' not found: {directory}");
        }

        var frames = Directory.GetFiles(directory, pattern, TopLevelAnyCase);
        if (frames.Length == 0)
        {
            throw new CorpusFormatException(directory, null, $"no {pattern} frames for sample '{sampleName}'");
        }

        Array.Sort(frames, NumericFileNameComparer.Instance);
        return frames;
    }
}
