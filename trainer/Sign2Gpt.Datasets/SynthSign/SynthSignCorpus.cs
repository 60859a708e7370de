using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>What a generation run wrote.</summary>
/// <param name="DistinctTranslations">Different spoken sentences among all videos.</param>
public sealed record SynthSignCorpus(
    string OutputDirectory,
    string Language,
    IReadOnlyDictionary<CorpusSplit, int> VideosPerSplit,
    long Frames,
    int DistinctTranslations,
    int Glosses,
    TimeSpan Elapsed)
{
    public int Videos => VideosPerSplit.Values.Sum();
}
