namespace Sign2Gpt.Contracts.Bundles;

/// <summary>
/// How a shipped adapter was trained: its corpora, the hash of their training data, the seed and the settings. An
/// adapter may learn from other corpora than the model it adapts, so the bundle's own provenance does not cover it.
/// </summary>
public sealed record BundleAdapterProvenance(string Corpus, string DataHash, int Seed, string Settings);
