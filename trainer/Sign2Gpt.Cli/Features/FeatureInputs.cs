namespace Sign2Gpt.Cli.Features;

/// <summary>What a features run covers: one video (file or frame folder) or every sample of a corpus.</summary>
internal static class FeatureInputs
{
    public sealed record Video(string Path, string RelativeName);

    public static IReadOnlyList<Video> Resolve(string input)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(System.IO.Path.TrimEndingDirectorySeparator(input));
        return [new Video(input, name)];
    }
}
