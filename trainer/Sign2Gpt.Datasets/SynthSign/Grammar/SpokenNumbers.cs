namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>The numbers SynthSign says and signs: each is one word and one sign in both languages.</summary>
internal static class SpokenNumbers
{
    public static IReadOnlyList<int> All { get; } = [.. Enumerable.Range(0, 21), 25, 30];

    public static IReadOnlyList<int> DaysOfMonth { get; } = [.. All.Where(day => day > 0)];

    public static IReadOnlyList<int> Hours { get; } = [.. Enumerable.Range(1, 12)];
}
