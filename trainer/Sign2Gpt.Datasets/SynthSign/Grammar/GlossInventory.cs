namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Helps a realizer list every gloss its word tables can produce.</summary>
internal static class GlossInventory
{
    public static IEnumerable<string> Each<T>(Func<T, IEnumerable<string>> glossesOf)
        where T : struct, Enum =>
        Enum.GetValues<T>().SelectMany(glossesOf);
}
