namespace Sign2Gpt.Datasets.Corpora;

/// <summary>Sample names become folder names under the corpus root, so they must stay one path segment.</summary>
internal static class SampleNames
{
    public static bool IsValid(string name) =>
        name.Length > 0
        && name is not "." and not ".."
        && name.IndexOfAny(['/', '\\', '\0']) < 0
        && name.Trim().Length == name.Length;
}
