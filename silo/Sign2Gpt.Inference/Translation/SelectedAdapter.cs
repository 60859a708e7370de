using Microsoft.ML.OnnxRuntime;

namespace Sign2Gpt.Inference.Translation;

/// <summary>The adapter one translation runs with, instead of the one the bundle ships for its language.</summary>
/// <param name="Name">As results report it, e.g. "de@v2".</param>
public sealed record SelectedAdapter(OrtLoraAdapter Adapter, string Name);
