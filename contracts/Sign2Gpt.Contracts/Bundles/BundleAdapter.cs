namespace Sign2Gpt.Contracts.Bundles;

/// <summary>A LoRA adapter shipped with the bundle (.onnx_adapter), for one language.</summary>
/// <param name="Provenance">How it was trained; absent in bundles written before adapters recorded it.</param>
public sealed record BundleAdapter(string Language, int Version, BundleFile File, BundleAdapterProvenance? Provenance = null);
