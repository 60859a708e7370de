namespace Sign2Gpt.Datasets.Imports;

/// <param name="Item">What is wrong, named as the uploader knows it: "translations.csv row 4 (clip.mp4)", a zip entry, a file.</param>
public sealed record DatasetImportProblem(string Item, string Message)
{
    public override string ToString() => $"{Item}: {Message}";
}
