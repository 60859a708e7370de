using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Cli.Features;

/// <summary>What a features run covers: one video (file or frame folder) or every sample of every split of a corpus.</summary>
internal static class FeatureInputs
{
    public sealed record Video(string Path, string RelativeName);

    public static IReadOnlyList<Video> Resolve(string input)
    {
        if (Directory.Exists(input) && TryOpenCorpus(input) is { } corpus)
        {
            return [.. Enum.GetValues<CorpusSplit>()
                .SelectMany(split => corpus.Split(split).Select(sample => new Video(
                    System.IO.Path.GetDirectoryName(sample.FramePaths[0])!,
                    System.IO.Path.Combine(split.ToString().ToLowerInvariant(), sample.Name))))];
        }

        var name = System.IO.Path.GetFileNameWithoutExtension(System.IO.Path.TrimEndingDirectorySeparator(input));
        return [new Video(input, name)];
    }

    /// <summary>The corpus in <paramref name="directory"/>, or null when it is a plain frame folder.</summary>
    private static ISignCorpus? TryOpenCorpus(string directory)
    {
        try
        {
            return SignCorpus.Open(directory);
        }
        catch (CorpusFormatException)
        {
            return null;
        }
    }
}
