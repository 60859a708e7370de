namespace Sign2Gpt.Contracts.Bundles;

/// <summary>How to make this bundle again: the commands, the seed, and the hash of the training data.</summary>
public sealed record BundleProvenance(IReadOnlyList<string> Commands, int Seed, string DataHash, string Corpus);
