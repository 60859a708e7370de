using Sign2Gpt.Datasets.Corpora;

namespace Sign2Gpt.Datasets.Imports;

/// <summary>What an import did: every problem found (then nothing was imported), or the samples per split.</summary>
/// <param name="Layout">"PHOENIX-2014-T" or "videos + translations.csv"; null when the zip held neither.</param>
public sealed record DatasetImportReport(
    bool Imported,
    string? Layout,
    IReadOnlyList<DatasetImportProblem> Problems,
    IReadOnlyDictionary<CorpusSplit, int> Samples);
