namespace Sign2Gpt.Contracts.Bundles;

/// <summary>A LoRA adapter shipped with the bundle (.onnx_adapter), for one language.</summary>
public sealed record BundleAdapter(string Language, int Version, BundleFile File);
