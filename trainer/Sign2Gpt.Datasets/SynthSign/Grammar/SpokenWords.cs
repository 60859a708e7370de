namespace Sign2Gpt.Datasets.SynthSign.Grammar;

internal static class SpokenWords
{
    /// <summary>Joins the non-empty parts with single spaces, so optional slots leave no gaps.</summary>
    public static string Join(params IEnumerable<string?> parts) =>
        string.Join(' ', parts.Where(part => !string.IsNullOrEmpty(part)));
}
