namespace Sign2Gpt.Contracts.Bundles;

/// <summary>The frame features the encoder expects: which backbone made them, their width, and the sampling.</summary>
public sealed record BundleBackbone(string Version, int FeatureSize, int InputSide, int FrameStride);
