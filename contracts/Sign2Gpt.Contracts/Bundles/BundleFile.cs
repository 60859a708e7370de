namespace Sign2Gpt.Contracts.Bundles;

/// <summary>A file of the bundle, relative to the bundle folder, and the SHA-256 (lower-case hex) of its bytes.</summary>
public sealed record BundleFile(string Path, string Sha256);
