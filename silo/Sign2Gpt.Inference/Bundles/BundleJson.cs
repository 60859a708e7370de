using System.Text.Json;

namespace Sign2Gpt.Inference.Bundles;

/// <summary>The one JSON style of manifests: camelCase, indented, so a person can read and diff them.</summary>
public static class BundleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
